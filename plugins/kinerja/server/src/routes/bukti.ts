/**
 * Evidence files (bukti dukung) and the signed SKP document: upload and authorised download.
 * `GET /api/bukti/:id`: id = the upload file id (numeric), as in `bukti[].id` / `dokumen.id`.
 */
import { rute } from '@m-skp/inti';

const r = rute('kinerja');

export default [
  r('GET', '/bukti/:id', 'bukti.unduh'),
  r('POST', '/skp/:id/dokumen', 'bukti.unggahDokumenSkp', { berkas: true }),
];
