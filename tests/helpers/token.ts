/**
 * An external system's API token, created as Admin BKPSDM does it: through the panel resource `token-api`
 * (api.md "API tokens for external systems"). Returns the secret, shown once.
 */
import type { UjiStrapi } from './strapi';

export async function buatTokenApi(t: UjiStrapi, nama: string, cakupan: string[], kode_opd?: string): Promise<string> {
  const r = await t
    .as(await t.token('admin'))
    .post('/api/panel/token-api')
    .send({ nama, cakupan, kode_opd });
  if (r.status !== 201) throw new Error(`token-api ${nama}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}
