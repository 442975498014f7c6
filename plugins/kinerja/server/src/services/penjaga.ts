import type { Core } from '@strapi/strapi';
import { GalatMskp } from '@m-skp/inti';

/**
 * Document Service guard of the kinerja plan: the validation history is append-only, whatever path
 * writes (panel, content manager, integrations). Its rows are created only by the workflow service.
 */
export function daftarkanPenjagaKinerja(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (
      ctx.uid === 'plugin::kinerja.riwayat-validasi' &&
      ['update', 'delete', 'publish', 'unpublish', 'discardDraft'].includes(ctx.action)
    ) {
      throw new GalatMskp(409, 'RIWAYAT_APPEND_ONLY', 'Riwayat validasi tidak boleh diubah atau dihapus.');
    }
    return next();
  });
}
