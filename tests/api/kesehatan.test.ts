/** Health check and the root redirect (api.md: Health and auth; Panel). */
import { mulaiStrapi } from '../helpers/strapi';

const t = mulaiStrapi();

describe('health and root', () => {
  test('GET /_health → 204 with no body', async () => {
    const r = await t.http().get('/_health');
    expect(r.status).toBe(204);
    expect(r.text ?? '').toBe('');
  });

  test('HEAD /_health → 204', async () => {
    const r = await t.http().head('/_health');
    expect(r.status).toBe(204);
  });

  test('GET / → 302 to /panel/', async () => {
    const r = await t.http().get('/').redirects(0);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/panel/');
  });

  test('GET /panel → 302 to /panel/', async () => {
    const r = await t.http().get('/panel').redirects(0);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/panel/');
  });

  test('an unknown API path is a 404 in Strapi error shape, never a 500', async () => {
    const r = await t.http().get('/api/tidak-ada-sama-sekali');
    expect(r.status).toBe(404);
  });

  test('security headers are set (nosniff, frame-ancestors)', async () => {
    const r = await t.http().get('/_health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});
