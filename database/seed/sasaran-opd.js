'use strict';
/**
 * OPD-level sasaran/PK of the demo year for Diskominfo (domain.md §3): three sasaran whose indicators
 * are the reference of the Kepala Dinas's SKP. One indicator equals (normalised, same target and
 * satuan) an IKI of his approved SKP, so that IKI is hidden behind the PK and the SKP stays approved.
 *
 * `isiSasaranOpdDemo` plans with the app's own domain functions (validation, OPD-level indicators,
 * duplicate marks) and writes in the caller's transaction. Call it BEFORE `tulisSkp`: it re-marks
 * the Kepala Dinas's IKI rows of `rencanaSkp` in place.
 */
const { idDokumen } = require('./acak');
const { periksaSasaran, indikatorTingkatOpd } = require('@m-skp/kinerja');
const { tandaDuplikat, peringatanDuplikat } = require('@m-skp/kinerja');

const UID = 'plugin::kinerja.sasaran-opd';
const KODE_OPD = '1.11.01';
const NIP_KEPALA = '197001012000031001';

// prettier-ignore
const SASARAN = [
  { sasaran: 'Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota Madiun', indikator: [
    { indikator: 'Indeks SPBE Kota Madiun hasil evaluasi Kementerian PANRB', target: '3,5', satuan: 'indeks' },
    { indikator: 'Persentase perangkat daerah yang menerapkan prinsip Satu Data Indonesia', target: '100', satuan: 'persen' } ] },
  { sasaran: 'Meningkatnya keterbukaan informasi publik pemerintah daerah', indikator: [
    { indikator: 'Persentase permohonan informasi publik yang diselesaikan tepat waktu', target: '95-100', satuan: 'persen' } ] },
  { sasaran: 'Meningkatnya keamanan informasi pemerintah daerah', indikator: [
    { indikator: 'Indeks Keamanan Informasi (KAMI) Pemerintah Kota Madiun', target: '450', satuan: 'nilai' } ] },
];

/** Pure: the sasaran rows and the re-marked IKI of the Kepala Dinas's SKP (mutates `rencanaSkp`). */
function rencanakanSasaranOpd(rencana, rencanaSkp) {
  const tahun = rencanaSkp.tahun;
  const opdDoc = idDokumen('opd:' + KODE_OPD);
  const baris = SASARAN.map((x, n) => {
    const cek = periksaSasaran({ tahun, sasaran: x.sasaran, urutan: n + 1, indikator: x.indikator });
    if (!cek.ok) throw new Error(`Sasaran OPD demo tidak valid (${cek.field}): ${cek.pesan}`);
    return {
      documentId: idDokumen(`sasaran-opd:${KODE_OPD}:${tahun}:${n + 1}`),
      ...cek.data,
      indikator: cek.data.indikator,
      sumber: 'MANUAL',
      ekak_sasaran_id: null,
      opd: opdDoc,
    };
  });

  // The Kepala Dinas's SKP of the year (UTAMA post, a kepala_opd jabatan): re-mark as rencana.tandaiDuplikat would.
  const skp = rencanaSkp.skp.find((s) => s.pegawai === NIP_KEPALA && s.penugasanJenis === 'UTAMA');
  if (skp) {
    const rhk = new Set(rencanaSkp.rhk.filter((r) => r.skp === skp.documentId).map((r) => r.documentId));
    const iki = rencanaSkp.iki.filter((i) => rhk.has(i.rhk));
    const { tanda, kelompok } = tandaDuplikat(
      iki.map((i) => ({
        id: i.documentId,
        uraian: i.uraian,
        targetMin: Number(i.target_min),
        targetMax: Number(i.target_max),
        satuan: i.satuan,
      })),
      indikatorTingkatOpd(baris),
    );
    for (const i of iki) {
      const t = tanda.get(i.documentId);
      i.disembunyikan = t.disembunyikan;
      i.duplikat_dari = t.duplikatDari;
    }
    skp.peringatan = peringatanDuplikat(kelompok);
    if (skp.peringatan.length && skp.status === 'DISETUJUI')
      throw new Error('SKP demo Kepala Dinas disetujui dengan indikator berkonflik terhadap sasaran OPD');
  }
  return { tahun, baris };
}

/** Plans and writes the demo sasaran OPD (inside the caller's transaction, before tulisSkp). */
async function isiSasaranOpdDemo(strapi, w, rencana, rencanaSkp, { sekarang }) {
  const { baris } = rencanakanSasaranOpd(rencana, rencanaSkp);
  const jejak = { createdAt: sekarang, updatedAt: sekarang, publishedAt: sekarang };
  const ids = await w.sisip(
    UID,
    baris.map((b) => ({
      documentId: b.documentId,
      tahun: b.tahun,
      sasaran: b.sasaran,
      urutan: b.urutan,
      indikator: JSON.stringify(b.indikator),
      sumber: b.sumber,
      ekak_sasaran_id: b.ekak_sasaran_id,
      ...jejak,
    })),
  );
  const opd = await w
    .tabel(w.meta('plugin::inti.opd').tableName)
    .where({ document_id: idDokumen('opd:' + KODE_OPD) })
    .first('id');
  if (!opd) throw new Error('OPD Diskominfo demo tidak ditemukan');
  await w.tautkan(
    UID,
    'opd',
    baris.map((b) => [ids.get(b.documentId), opd.id]),
  );
  return { sasaran_opd: baris.length };
}

module.exports = { isiSasaranOpdDemo, rencanakanSasaranOpd };
