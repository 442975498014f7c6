'use strict';
/**
 * The data of the mock eKAK and SIMPEG, generated from the demo city's pure plan (database/seed: the same
 * generator, size and year that `npm start` seeds), so that a pull or a sync against a fresh demo finds nothing
 * to change. Values are what M-SKP holds, in the remote systems' wire shapes (integrations.md).
 */
const { rencanakanKota, rencanakanSkp } = require('../../database/seed');
const { rencanakanRenaksi } = require('../../database/seed/renaksi');
const { rencanakanSasaranOpd } = require('../../database/seed/sasaran-opd');

const PANGKAT = {
  11: 'Juru Muda',
  12: 'Juru Muda Tingkat I',
  13: 'Juru',
  14: 'Juru Tingkat I',
  21: 'Pengatur Muda',
  22: 'Pengatur Muda Tingkat I',
  23: 'Pengatur',
  24: 'Pengatur Tingkat I',
  31: 'Penata Muda',
  32: 'Penata Muda Tingkat I',
  33: 'Penata',
  34: 'Penata Tingkat I',
  41: 'Pembina',
  42: 'Pembina Tingkat I',
  43: 'Pembina Utama Muda',
  44: 'Pembina Utama Madya',
  45: 'Pembina Utama',
};

/** '42' → 'IV/b'; PPPK golongan (roman numerals) stay as they are. */
function golRuang(kode) {
  if (!/^[1-4][1-5]$/.test(kode)) return kode;
  return `${['I', 'II', 'III', 'IV'][Number(kode[0]) - 1]}/${'abcde'[Number(kode[1]) - 1]}`;
}

/** One SIMPEG `data-utama`-like record of a planned pegawai. */
function recordSimpeg(p, penugasan, jabatanByKode) {
  const utama = penugasan.find((x) => x.jenis === 'UTAMA' && x.tmt_akhir == null) ?? penugasan[0];
  const j = jabatanByKode.get(utama.jabatan);
  return {
    nipBaru: p.nip,
    nama: p.nama,
    gelarDepan: p.gelar_depan,
    gelarBelakang: p.gelar_belakang,
    tglLahir: p.tanggal_lahir,
    jenisKelamin: p.jenis_kelamin,
    tmtCpns: p.tmt_cpns,
    golRuangAkhirId: p.golongan,
    golRuangAkhir: golRuang(p.golongan),
    pangkatAkhir: PANGKAT[p.golongan] ?? `PPPK golongan ${p.golongan}`,
    jenisJabatanId: j.jenis,
    jabatanNama: j.nama,
    eselonId: j.eselon,
    unorId: j.kode,
    unorNama: j.unit_kerja,
    kodeOpd: j.opd,
    statusPegawai: p.status,
    penugasan: penugasan.map((x) => ({
      jabatanId: x.jabatan,
      jenis: x.jenis,
      tmtMulai: x.tmt_mulai,
      tmtAkhir: x.tmt_akhir,
    })),
  };
}

/** SIMPEG: every pegawai of the plan, keyed by NIP, in the plan's order. */
function dataSimpeg(kota) {
  const jabatanByKode = new Map(kota.jabatan.map((j) => [j.kode, j]));
  const perPegawai = new Map();
  for (const x of kota.penugasan) {
    if (!perPegawai.has(x.pegawai)) perPegawai.set(x.pegawai, []);
    perPegawai.get(x.pegawai).push(x);
  }
  return new Map(kota.pegawai.map((p) => [p.nip, recordSimpeg(p, perPegawai.get(p.nip) ?? [], jabatanByKode)]));
}

/**
 * eKAK: the sasaran (RHK) and indikator (IKI) of every submitted or approved SKP of the year, their rencana aksi
 * with monthly targets, and Diskominfo's sasaran OPD. Ids are stable integers by plan order; a renaksi that
 * carries eKAK ids in the demo keeps them.
 */
function dataEkak(kota, skp, renaksi, sasaranOpd) {
  const tahun = skp.tahun;
  const opdByKode = new Map(kota.opd.map((o) => [o.kode_opd, o]));
  const jabatanByKode = new Map(kota.jabatan.map((j) => [j.kode, j]));
  const bendera = new Map();
  for (const b of renaksi.benderaRhk) bendera.set(b.rhk, { ...bendera.get(b.rhk), ...b });
  const skpByDoc = new Map(skp.skp.map((s) => [s.documentId, s]));
  const idSasaran = new Map(skp.rhk.map((x, i) => [x.documentId, i + 1]));
  const rhkByDoc = new Map(skp.rhk.map((x) => [x.documentId, x]));
  const ikiPerRhk = new Map();
  skp.iki.forEach((i, n) => {
    if (i.disembunyikan) return;
    if (!ikiPerRhk.has(i.rhk)) ikiPerRhk.set(i.rhk, []);
    ikiPerRhk.get(i.rhk).push({ ...i, id: n + 1 });
  });
  const renaksiPerRhk = new Map();
  let idAksi = 0;
  renaksi.renaksi.forEach((r, n) => {
    if (!renaksiPerRhk.has(r.rhk)) renaksiPerRhk.set(r.rhk, []);
    const idRenaksi = r.ekak_renaksi_id ?? n + 1;
    const idTahapan = r.ekak_tahapan_id ?? n + 1;
    renaksiPerRhk.get(r.rhk).push({
      id_renaksi: idRenaksi,
      id_tahapan: idTahapan,
      id_sasaran: idSasaran.get(r.rhk),
      urutan: r.urutan,
      tahapan_kerja: r.uraian,
      sebagai_rtp: r.sebagai_rtp,
      tahapan_rtp: r.sebagai_rtp ? r.uraian : null,
      anggaran_tahapan: r.anggaran,
      created_at: `${tahun}-01-15T08:00:00.000+07:00`,
      aksis: r.target.map((t) => ({ id_aksi: ++idAksi, id_tahapan: idTahapan, bulan: t.bulan, target: t.nilai })),
    });
  });

  const pegawaiByNip = new Map(kota.pegawai.map((p) => [p.nip, p]));
  /** nip → [{skp, jabatan, opd, sasaran:[…]}] (a Plt has a second SKP) */
  const perNip = new Map();
  for (const x of skp.rhk) {
    const s = skpByDoc.get(x.skp);
    if (s.status !== 'DISETUJUI' && s.status !== 'DIAJUKAN') continue;
    const j = jabatanByKode.get(kota.penugasan[s.penugasan].jabatan);
    const b = bendera.get(x.documentId) ?? {};
    const inovasi = b.inovasi ?? x.inovasi;
    const atasan = x.rhk_atasan ? rhkByDoc.get(x.rhk_atasan) : null;
    const indikator = (ikiPerRhk.get(x.documentId) ?? []).map((i) => ({
      id_indikator: i.id,
      id_sasaran: idSasaran.get(x.documentId),
      tahun_indikator: String(tahun),
      indikator: i.uraian,
      sumber_data: null,
      rumus_perhitungan: null,
      target: i.target_teks,
      satuan: i.satuan,
    }));
    const sasaran = {
      id_sasaran: idSasaran.get(x.documentId),
      tahun_sasaran: String(tahun),
      nip_asn: s.pegawai,
      jenis_strategi: x.jenis,
      strategi: atasan ? atasan.uraian : null,
      sasaran: x.uraian,
      is_perintah_walikota: !!(b.is_perintah_walikota ?? x.is_perintah_walikota),
      is_sasaran_prioritas: !!x.is_sasaran_prioritas,
      terdapat_inovasi: !!(b.terdapat_inovasi ?? x.terdapat_inovasi),
      inovasi_lolos: inovasi ? inovasi.tahap !== 'GAGAL' : null,
      inovasi_sasaran: inovasi ? inovasi.judul : null,
      hasil_inovasi_sasaran: inovasi ? (inovasi.manfaat ?? null) : null,
      jenis_inovasi_sasaran: inovasi ? (inovasi.tahap ?? null) : null,
      gambaran_inovasi_sasaran: inovasi ? (inovasi.deskripsi ?? null) : null,
      jumlah_indikator: indikator.length,
      indikator_sasaran: indikator,
      // sasaran_pohon_kinerja_pegawai only
      id_sasaran_atasan: atasan ? idSasaran.get(atasan.documentId) : null,
      sasaran_atasan: atasan ? atasan.uraian : null,
      rencana_aksi: renaksiPerRhk.get(x.documentId) ?? [],
    };
    if (!perNip.has(s.pegawai)) perNip.set(s.pegawai, new Map());
    const daftar = perNip.get(s.pegawai);
    if (!daftar.has(s.documentId))
      daftar.set(s.documentId, { skp: s, jabatan: j, opd: opdByKode.get(j.opd), sasaran: [] });
    daftar.get(s.documentId).sasaran.push(sasaran);
  }

  const opdDiskominfo = sasaranOpd.baris.length ? '1.11.01' : null;
  const sasaranOpdPerKode = new Map();
  if (opdDiskominfo)
    sasaranOpdPerKode.set(
      opdDiskominfo,
      sasaranOpd.baris.map((b, n) => ({
        id_sasaran: n + 1,
        strategi_opd: null,
        sasaran_opd: b.sasaran,
        tahun: String(tahun),
        indikator_sasaran: b.indikator.map((i) => ({
          aspek: i.aspek ?? null,
          indikator: i.indikator,
          rumus_perhitungan: null,
          sumber_data: null,
          target: i.target,
          satuan: i.satuan,
        })),
      })),
    );
  const kepalaOpd = new Map();
  for (const x of kota.penugasan) {
    const j = jabatanByKode.get(x.jabatan);
    if (j.kepala_opd && x.jenis === 'UTAMA' && x.tmt_akhir == null) kepalaOpd.set(j.opd, pegawaiByNip.get(x.pegawai));
  }
  return { tahun, perNip: new Map([...perNip].map(([k, v]) => [k, [...v.values()]])), sasaranOpdPerKode, kepalaOpd };
}

/**
 * The mock data of the demo city. `pegawai` and `tahun` as the seed takes them (defaults: MSKP_DEMO_PEGAWAI or
 * 300, the current year).
 */
function dataKotaDemo({ pegawai = Number(process.env.MSKP_DEMO_PEGAWAI || 300), tahun, sekarang = new Date() } = {}) {
  const kota = rencanakanKota({ pegawai, tahun, sekarang });
  const skp = rencanakanSkp(kota, { sekarang });
  const sasaranOpd = rencanakanSasaranOpd(kota, skp);
  const renaksi = rencanakanRenaksi(kota, skp, { sekarang });
  return {
    tahun: kota.tahun,
    opd: kota.opd.map((o) => ({ kode_opd: o.kode_opd, nama: o.nama })),
    simpeg: dataSimpeg(kota),
    ekak: dataEkak(kota, skp, renaksi, sasaranOpd),
  };
}

module.exports = { dataKotaDemo, golRuang, PANGKAT };
