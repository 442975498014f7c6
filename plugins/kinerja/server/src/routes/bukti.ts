/**
 * Evidence files (bukti dukung) and the signed SKP document: upload and authorised download.
 * `GET /api/bukti/:id`: id = the upload file id (numeric), as in `bukti[].id` / `dokumen.id`.
 */
import { r, rBerkas } from './r';

export default [r('GET', '/bukti/:id', 'bukti.unduh'), rBerkas('POST', '/skp/:id/dokumen', 'bukti.unggahDokumenSkp')];
