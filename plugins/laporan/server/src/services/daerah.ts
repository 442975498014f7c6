import { layanan } from '@m-skp/inti';
import type { Core } from '@strapi/strapi';
import type { NilaiDaerah } from '@m-skp/inti';

/**
 * The regional government of the prints, read from policy `daerah` (config/kebijakan/daerah.json) at
 * the document's date: the kop surat name, the default place of the signature line and the kepala
 * daerah who signs the Perjanjian Kinerja as Pihak Kedua. Nothing about the city lives in code.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The identity in force on `tanggal` (YYYY-MM-DD). */
  pada(tanggal: string): NilaiDaerah {
    return layanan(strapi, 'inti', 'kebijakan').nilai('daerah', tanggal) as NilaiDaerah;
  },
  /** The place asked for (?tempat=), or the policy's tempat_default on the document's date. */
  tempat(diminta: string | null | undefined, tanggal: string): string {
    const t = (diminta ?? '').trim();
    return t || this.pada(tanggal).tempat_default;
  },
});
