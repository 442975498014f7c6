'use strict';
/**
 * Monthly evaluations and organisation predikat of the demo year (see README.md):
 *
 * - every DISETUJUI SKP that has a penilai gets a BULANAN evaluation for each month of its period
 *   before the last past month whose realisasi (of the renaksi with a target that month) are all
 *   CHECKED — the last past month is never evaluated, so the Penilaian screens have work;
 * - capaian, formula and the advisory rating hasil are what the app stores (services/evaluasi.ts
 *   `ringkasCapaian`): the pegawai's month figure over all renaksi of his approved SKP
 *   (`hitungCapaianPegawai`), for the holder of a head post under the policy's mean rule
 *   (`jabatanRerataBawahan`: JPT Pratama heads and Camat; a Lurah keeps his own figure) the unit figure
 *   (`capaianKepalaOpd` / `capaianAkhir`, advisory `ratingHasilDariCapaianUnit`), otherwise `saranRatingHasil` over
 *   the raw capaian of the RHK UTAMA. The penilai mostly follows the advice; perilaku mostly Sesuai,
 *   some Di Atas, a few Di Bawah; predikat from the matrix (`predikatPegawai`);
 * - the PLT rule (`domain/plt.ts` `perubahanPlt`) is applied to the plan, so the rows equal what
 *   `sinkronPlt` would write (Kabid Statistik's definitive perilaku comes from his Plt evaluation);
 * - per OPD and month the penilai calibrate against the kurva distribusi of the organisation
 *   predikat proposed from the OPD capaian (`predikatOrganisasiDariCapaian`): where the quotas would
 *   block (n ≥ `kurva_minimal_pegawai`) a few ratings move (lowest capaian down, highest up) until
 *   `periksaKurva` passes; pegawai touched by the PLT rule stay as they are;
 * - a `predikat-organisasi` row per OPD and evaluated month, set by the Kepala OPD to the proposal,
 *   FINAL when `putusanFinal` allows it; one OPD (the first Dinas by kode that can show it, never
 *   Diskominfo) keeps a quota violation in its last evaluated month and stays DRAFT.
 *
 * `rencanakanEvaluasi()` is pure and deterministic (streams keyed by SKP and month; the clock only
 * decides which months exist). `tulisEvaluasi()` bulk-writes in the caller's transaction.
 */
const path = require('path');
const { acak, idDokumen } = require('./acak');
const { rencanakanRenaksi } = require('./renaksi');
const { hariIni } = require('@m-skp/inti');
const { versiPada } = require('@m-skp/inti');
const { namaLengkap } = require('@m-skp/inti');
const {
  hitungCapaianPegawai,
  capaianKepalaOpd,
  capaianAkhir,
  jabatanRerataBawahan,
  jabatanBawahanKepalaDihitung,
  lewatBatasInput,
  tanggalKebijakanBulan,
} = require('@m-skp/kinerja');
const { targetPadaBulan } = require('@m-skp/kinerja');
const {
  predikatPegawai,
  saranRatingHasil,
  ratingHasilDariCapaianUnit,
  predikatOrganisasiDariCapaian,
  periksaKurva,
  batasJumlah,
} = require('@m-skp/kinerja');
const { periodeEvaluasi, kunciUnikEvaluasi } = require('@m-skp/kinerja');
const { perubahanPlt, terapkanPerubahan } = require('@m-skp/plt');
const { satuPerPegawai, putusanFinal } = require('@m-skp/kinerja');
const { tanggalAcuanBulan } = require('@m-skp/inti');
const { kunciPredikatOrganisasi } = require('@m-skp/kinerja');

const UID = {
  evaluasi: 'plugin::kinerja.evaluasi',
  predikatOrganisasi: 'plugin::kinerja.predikat-organisasi',
  skp: 'plugin::kinerja.skp',
  opd: 'plugin::inti.opd',
};

/**
 * How the penilai rates: follows the advisory rating hasil mostly, but a strict "Di Bawah" advice
 * (most RHK UTAMA just under 100 %) for a month figure of at least 90 % is often rated Sesuai;
 * perilaku Di Atas / Sesuai / Di Bawah.
 */
const PELUANG = {
  ikutiSaran: 0.85,
  ikutiDiBawahHampir: 0.35,
  hampir: 90,
  perilaku: [
    [1, 0.14],
    [2, 0.8],
    [3, 0.06],
  ],
};
/** Ratings that give each predikat (matrix of policy 2023.1; checked against the policy in force). */
const RATING_UNTUK = { 1: [1, 1], 2: [2, 2], 3: [3, 2], 4: [2, 3], 5: [3, 3] };
const JAM = 3600000;

// ---------------------------------------------------------------------------------------------
// Wording (own texts)
// ---------------------------------------------------------------------------------------------

const TEKS = {
  umum: {
    1: [
      'Kinerja bulan ini sangat baik: target terlampaui dan hasil kerja rapi. Pertahankan, dan bagikan cara kerja Saudara kepada rekan satu tim.',
      'Hasil kerja melampaui ekspektasi dengan sikap kerja yang patut dicontoh. Terima kasih atas dedikasinya.',
    ],
    2: [
      'Kinerja bulan ini sesuai ekspektasi. Pertahankan ketepatan waktu pelaporan dan kelengkapan bukti dukung.',
      'Target bulan ini tercapai dengan baik. Tingkatkan koordinasi agar hasil bulan depan lebih optimal.',
      'Pekerjaan berjalan sesuai rencana. Perhatikan kualitas dokumen agar tidak perlu banyak revisi.',
    ],
    3: [
      'Beberapa target bulan ini belum tercapai. Susun langkah perbaikan bersama atasan langsung dan laporkan kemajuannya setiap pekan.',
      'Capaian bulan ini di bawah ekspektasi. Identifikasi kendala sejak awal bulan dan segera sampaikan bila memerlukan dukungan.',
    ],
    4: [
      'Hasil kerja cukup, tetapi perilaku kerja perlu diperbaiki. Mari bicarakan rencana pembinaan pada pertemuan berikutnya.',
    ],
    5: [
      'Hasil kerja dan perilaku kerja bulan ini perlu perbaikan serius. Saudara akan didampingi dalam rencana pengembangan kinerja.',
    ],
  },
  rhk: {
    tercapai: [
      'Target RHK ini tercapai; pertahankan kualitas dan ketepatan waktunya.',
      'Hasil RHK ini baik dan terdokumentasi lengkap.',
      'Capaian RHK ini melampaui rencana bulan ini, terima kasih.',
    ],
    hampir: [
      'RHK ini hampir mencapai target; percepat penyelesaian pada awal bulan berikutnya.',
      'Capaian RHK ini sedikit di bawah target, perhatikan jadwal kegiatan.',
    ],
    kurang: [
      'RHK ini belum mencapai target. Tuliskan kendala dan rencana tindak lanjutnya pada realisasi bulan depan.',
      'Capaian RHK ini rendah; koordinasikan kebutuhan dukungan dengan atasan.',
    ],
  },
  perilaku: {
    BERORIENTASI_PELAYANAN: {
      1: 'Sigap dan ramah melayani permintaan pengguna, bahkan di luar jam sibuk.',
      2: 'Layanan kepada pengguna diberikan sesuai standar.',
      3: 'Beberapa permintaan layanan terlambat ditanggapi; perbaiki waktu respons.',
    },
    AKUNTABEL: {
      1: 'Laporan selalu lengkap, jujur, dan disampaikan lebih awal.',
      2: 'Laporan pelaksanaan tugas disampaikan tepat waktu.',
      3: 'Laporan bulanan terlambat dan bukti dukung belum lengkap.',
    },
    KOMPETEN: {
      1: 'Aktif berbagi pengetahuan teknis kepada rekan kerja.',
      2: 'Menguasai tugas dan menyelesaikannya dengan baik.',
      3: 'Perlu meningkatkan penguasaan teknis melalui pelatihan.',
    },
    HARMONIS: {
      1: 'Menjadi penengah yang baik dan menjaga suasana kerja tetap kondusif.',
      2: 'Menjaga hubungan kerja yang baik dengan rekan.',
      3: 'Perlu lebih menghargai pendapat rekan dalam rapat.',
    },
    LOYAL: {
      1: 'Menjaga kerahasiaan data dengan sangat disiplin dan mendukung program prioritas.',
      2: 'Mendukung kebijakan pimpinan dan menjaga nama baik instansi.',
      3: 'Perlu lebih berhati-hati membagikan informasi internal.',
    },
    ADAPTIF: {
      1: 'Cepat menguasai aplikasi baru dan mengusulkan perbaikan proses kerja.',
      2: 'Menyesuaikan diri dengan perubahan proses kerja.',
      3: 'Masih lambat menyesuaikan diri dengan aplikasi dan proses kerja baru.',
    },
    KOLABORATIF: {
      1: 'Menggerakkan kerja sama lintas bidang sehingga target bersama tercapai.',
      2: 'Berkoordinasi dengan bidang lain sesuai kebutuhan.',
      3: 'Perlu lebih terbuka bekerja sama dengan unit lain.',
    },
  },
  alasanOrganisasi: (c, nama) => `Ditetapkan sesuai usulan dari capaian OPD ${String(c).replace('.', ',')}% (${nama}).`,
};
const KODE_BERAKHLAK = Object.keys(TEKS.perilaku);

// ---------------------------------------------------------------------------------------------
// Policy from the files (what the kebijakan service reads), for the pure plan outside Strapi
// ---------------------------------------------------------------------------------------------

/** `(nama, tanggal) → nilai` over config/kebijakan/<nama>.json. */
function kebijakanDariBerkas() {
  const cache = new Map();
  return (nama, tanggal) => {
    if (!cache.has(nama))
      cache.set(nama, require(path.join(__dirname, '..', '..', 'config', 'kebijakan', `${nama}.json`)));
    const v = versiPada(cache.get(nama).versi, tanggal);
    if (!v) throw new Error(`Tidak ada versi kebijakan ${nama} pada ${tanggal}`);
    return v.nilai;
  };
}

/** A moment on a working day: `hari` days after `ms` (WIB), at `menit` after midnight WIB; weekends move to Monday. */
function hariKerjaSetelah(ms, hari, menit) {
  const d = new Date(ms + 7 * JAM);
  const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + hari));
  const dow = x.getUTCDay();
  if (dow === 6) x.setUTCDate(x.getUTCDate() + 2);
  if (dow === 0) x.setUTCDate(x.getUTCDate() + 1);
  return x.getTime() - 7 * JAM + menit * 60000;
}

// ---------------------------------------------------------------------------------------------
// Plan (pure)
// ---------------------------------------------------------------------------------------------

/**
 * The evaluation plan. `rencanaRenaksi` = rencanakanRenaksi(...) of the same clock; `kebijakan(nama,
 * tanggal)` gives a policy value (default: the files of config/kebijakan).
 */
function rencanakanEvaluasi(
  rencana,
  rencanaSkp,
  rencanaRenaksi,
  { sekarang = new Date(), kebijakan = kebijakanDariBerkas() } = {},
) {
  const tahun = rencanaSkp.tahun;
  const kiniMs = sekarang.getTime();
  const hari = hariIni(sekarang);
  const bulanTerakhirLalu = Math.min(12, rencanaRenaksi.bulanBerjalan - 1);
  /** evaluated months: every past month before the last one */
  const bulanDinilai = [];
  for (let m = 1; m < bulanTerakhirLalu; m++) {
    const p = periodeEvaluasi(m, kebijakan('evaluasi', tanggalKebijakanBulan(tahun, m)));
    if (p.ok && p.nilai.periode_jenis === 'BULANAN') bulanDinilai.push(m); // quarterly policy: not seeded
  }
  const kPredikat = (m) => kebijakan('predikat', tanggalKebijakanBulan(tahun, m));
  const kCapaian = (m) => kebijakan('capaian', tanggalKebijakanBulan(tahun, m));

  const pegawaiByNip = new Map(rencana.pegawai.map((p) => [p.nip, p]));
  const jabatanByKode = new Map(rencana.jabatan.map((j) => [j.kode, j]));
  const opdByKode = new Map(rencana.opd.map((o) => [o.kode_opd, o]));
  const skpByDoc = new Map(rencanaSkp.skp.map((s) => [s.documentId, s]));
  const rhkByDoc = new Map(rencanaSkp.rhk.map((x) => [x.documentId, x]));
  const anak = new Map();
  for (const j of rencana.jabatan) {
    if (!j.atasan) continue;
    if (!anak.has(j.atasan)) anak.set(j.atasan, []);
    anak.get(j.atasan).push(j);
  }
  const aktif = (p, t) => p.tmt_mulai <= t && (!p.tmt_akhir || p.tmt_akhir >= t);
  const penugasanPada = (nip, t) => rencana.penugasan.filter((p) => p.pegawai === nip && aktif(p, t));
  const URUT_JENIS = ['UTAMA', 'PLT', 'PLH', 'PJ'];
  const pemegangPada = (kode, t) =>
    rencana.penugasan
      .filter((p) => p.jabatan === kode && aktif(p, t))
      .sort((a, b) => URUT_JENIS.indexOf(a.jenis) - URUT_JENIS.indexOf(b.jenis))[0] ?? null;

  // Renaksi of approved SKP per pegawai (what capaian.sendiri loads) and per SKP, realisasi per (renaksi, month).
  const renaksiPegawai = new Map();
  const renaksiSkp = new Map();
  for (const r of rencanaRenaksi.renaksi) {
    const rhk = rhkByDoc.get(r.rhk);
    const s = skpByDoc.get(rhk.skp);
    if (!renaksiSkp.has(s.documentId)) renaksiSkp.set(s.documentId, []);
    renaksiSkp.get(s.documentId).push(r);
    if (s.status !== 'DISETUJUI') continue;
    if (!renaksiPegawai.has(r.pegawai)) renaksiPegawai.set(r.pegawai, []);
    renaksiPegawai.get(r.pegawai).push(r);
  }
  const realisasi = new Map(rencanaRenaksi.realisasi.map((x) => [`${x.renaksi}:${x.bulan}`, x]));

  // The month figure of a pegawai from his own renaksi (capaian service `sendiri`).
  const cacheSendiri = new Map();
  function sendiri(nip, m) {
    const kunci = `${nip}:${m}`;
    if (cacheSendiri.has(kunci)) return cacheSendiri.get(kunci);
    const k = kCapaian(m);
    const perRhk = new Map();
    for (const r of renaksiPegawai.get(nip) ?? []) {
      if (!perRhk.has(r.rhk)) perRhk.set(r.rhk, []);
      perRhk.get(r.rhk).push(r);
    }
    const masukan = [...perRhk.entries()]
      .map(([rhk, rs]) => ({ rhk: rhkByDoc.get(rhk), rs }))
      .sort((a, b) => a.rhk.jenis.localeCompare(b.rhk.jenis) || a.rhk.urutan - b.rhk.urutan)
      .map(({ rhk, rs }) => ({
        id: rhk.documentId,
        jenis: rhk.jenis,
        renaksi: rs.map((r) => ({
          id: r.documentId,
          target: targetPadaBulan(r.target, m),
          realisasi: realisasi.get(`${r.documentId}:${m}`)?.nilai ?? null,
          polaritas: r.polaritas,
        })),
      }));
    const h = hitungCapaianPegawai(masukan, {
      formula: k.formula,
      batas: k.batas_capaian,
      sertakanTambahan: k.sertakan_tambahan,
      lewatBatas: lewatBatasInput(tahun, m, k.batas_input_hari, hari),
    });
    cacheSendiri.set(kunci, h);
    return h;
  }

  /** The head post (definitive or acting) whose holder takes the mean of his subordinates in month m (policy `kepala_rerata_bawahan`, `jabatanRerataBawahan`), or null. */
  const urutJabatan = new Map(rencana.jabatan.map((j, i) => [j.kode, i]));
  const jabatanKepala = (nip, t, m) =>
    jabatanRerataBawahan(
      penugasanPada(nip, t)
        .map((p) => ({ p, j: jabatanByKode.get(p.jabatan) }))
        .filter(({ j }) => j && j.kepala_opd)
        .sort((a, b) => urutJabatan.get(a.j.kode) - urutJabatan.get(b.j.kode))
        .map(({ p, j }) => ({
          jabatanId: j.kode,
          kepala_opd: true,
          jenjang: j.jenjang,
          jenis_opd: opdByKode.get(j.opd)?.jenis ?? null,
          jenis_penugasan: p.jenis,
          j,
        })),
      kCapaian(m).kepala_rerata_bawahan,
    )?.j ?? null;

  /** A head's month figure: the mean of his direct structural subordinates' posts, or his own with the reason (capaian service `pegawai`). */
  const capaianKepalaAkhir = (nip, kode, m, t) =>
    capaianAkhir(sendiri(nip, m).capaian, capaianKepala(kode, m, t)).capaian;

  /** Kepala OPD figure: mean of the direct structural subordinates' posts (capaian service `kepala`). */
  function capaianKepala(kode, m, t) {
    const k = kCapaian(m);
    const bawahan = (anak.get(kode) ?? [])
      .filter((j) => j.aktif !== false && jabatanBawahanKepalaDihitung(j, k.kepala_opd_sertakan_jf))
      .map((j) => {
        const p = pemegangPada(j.kode, t);
        return {
          jabatanId: j.kode,
          pemegang: p
            ? {
                pegawaiId: p.pegawai,
                sebagai: p.jenis === 'UTAMA' ? 'DEFINITIF' : p.jenis,
                capaian: sendiri(p.pegawai, m).capaian,
              }
            : null,
        };
      });
    return capaianKepalaOpd(bawahan);
  }

  // 1. Evaluations as the penilai gives them.
  const evaluasi = [];
  for (const s of rencanaSkp.skp) {
    if (s.status !== 'DISETUJUI' || !s.penilai) continue;
    const milik = renaksiSkp.get(s.documentId) ?? [];
    if (!milik.length) continue;
    const pen = rencana.penugasan[s.penugasan];
    const dari = Number(s.periode_mulai.slice(5, 7));
    const sampai = Number(s.periode_akhir.slice(5, 7));
    for (const m of bulanDinilai) {
      if (m < dari || m > sampai) continue;
      const bertarget = milik.filter((r) => targetPadaBulan(r.target, m) != null);
      const real = bertarget.map((r) => realisasi.get(`${r.documentId}:${m}`)).filter(Boolean);
      if (!real.length || real.some((x) => x.status !== 'CHECKED')) continue; // the realisasi gate of the app
      const t = tanggalAcuanBulan(tahun, m, hari);
      const kp = kPredikat(m);
      const c = sendiri(s.pegawai, m);
      const jk = jabatanKepala(s.pegawai, t, m);
      let capaian;
      let saran;
      if (jk) {
        capaian = capaianKepalaAkhir(s.pegawai, jk.kode, m, t);
        saran = ratingHasilDariCapaianUnit(capaian, kp);
      } else {
        capaian = c.capaian;
        saran = saranRatingHasil(c.rhk.filter((x) => x.jenis === 'UTAMA').map((x) => x.capaian_mentah));
      }
      const r = acak(`evaluasi:${s.kunci}:${m}`);
      let hasil = saran ?? 2;
      const ikuti =
        saran === 3 && capaian != null && capaian >= PELUANG.hampir ? PELUANG.ikutiDiBawahHampir : PELUANG.ikutiSaran;
      if (!r.peluang(ikuti)) hasil = hasil === 2 ? r.pilih([1, 3]) : 2;
      const perilaku = r.pilihBobot(PELUANG.perilaku);
      const diperiksa = Math.max(...real.map((x) => x.diperiksa_pada.getTime()));
      const dinilai = Math.min(kiniMs, hariKerjaSetelah(diperiksa, r.bulat(1, 5), r.bulat(8 * 60, 15 * 60 + 30)));
      const e = {
        n: evaluasi.length,
        documentId: idDokumen(`evaluasi:${s.documentId}:BULANAN:${m}`),
        skp: s.documentId,
        pegawai: s.pegawai,
        opd: pegawaiByNip.get(s.pegawai).opd,
        konteks: s.penugasanJenis === 'UTAMA' ? 'DEFINITIF' : 'PLT',
        jabatan: pen.jabatan,
        tahun,
        periode_jenis: 'BULANAN',
        periode: m,
        rating_hasil: hasil,
        rating_perilaku: perilaku,
        rating_perilaku_asli: null,
        perilaku_source: s.penugasanJenis === 'UTAMA' ? 'DEFINITIF' : 'PLT',
        saran_rating_hasil: saran,
        capaian,
        formula: c.formula,
        tetap: !!pegawaiByNip.get(s.pegawai).tetap,
        rhkBulan: c.rhk.filter((x) => milik.some((y) => y.rhk === x.id)),
        penilai: s.penilai,
        dinilai_pada: new Date(dinilai),
        snapshot: Object.fromEntries(
          ['nip', 'nama', 'jabatan', 'unit', 'golongan'].flatMap((f) => [
            [`pegawai_${f}`, s[`pegawai_${f}`] ?? null],
            [`penilai_${f}`, s[`penilai_${f}`] ?? null],
          ]),
        ),
        penilai_sebagai: s.penilai_sebagai ?? 'DEFINITIF',
      };
      evaluasi.push(e);
    }
  }

  // 2. The PLT rule, exactly as the sync computes it (ids = plan indexes).
  const pltAktif = [];
  for (const m of bulanDinilai) {
    const t = tanggalAcuanBulan(tahun, m, hari);
    for (const p of rencana.plt)
      if (aktif(p, t))
        pltAktif.push({ pegawaiId: p.pegawai, jabatanId: p.jabatan, periode_jenis: 'BULANAN', periode: m });
  }
  const sebagaiPeriode = (e) => ({
    id: e.n,
    pegawaiId: e.pegawai,
    periode_jenis: e.periode_jenis,
    periode: e.periode,
    konteks: e.konteks,
    jabatanId: e.jabatan,
    rating_perilaku: e.rating_perilaku,
    rating_perilaku_asli: e.rating_perilaku_asli,
    perilaku_source: e.perilaku_source,
  });
  const terapkanPlt = () => {
    const baru = terapkanPerubahan(evaluasi.map(sebagaiPeriode), perubahanPlt(evaluasi.map(sebagaiPeriode), pltAktif));
    for (const b of baru)
      Object.assign(evaluasi[b.id], {
        rating_perilaku: b.rating_perilaku,
        rating_perilaku_asli: b.rating_perilaku_asli,
        perilaku_source: b.perilaku_source,
      });
  };
  terapkanPlt();
  const pltKunci = new Set(
    evaluasi.filter((e) => e.konteks === 'PLT' || e.perilaku_source === 'PLT').map((e) => `${e.pegawai}:${e.periode}`),
  );

  // 3. Per OPD and month: the proposal from the OPD capaian and the calibration against its quotas.
  const kelompok = new Map();
  for (const e of evaluasi) {
    const k = `${e.opd}:${e.periode}`;
    if (!kelompok.has(k)) kelompok.set(k, { opd: e.opd, bulan: e.periode, rows: [] });
    kelompok.get(k).rows.push(e);
  }
  const kepalaOpd = new Map();
  for (const j of rencana.jabatan) if (j.kepala_opd && !kepalaOpd.has(j.opd)) kepalaOpd.set(j.opd, j);
  const hitung = (rows) =>
    satuPerPegawai(
      rows.map((e) => ({
        id: e.n,
        pegawaiId: e.pegawai,
        jenisPenugasan: e.konteks === 'DEFINITIF' ? 'UTAMA' : 'PLT',
        e,
      })),
    ).map((x) => x.e);
  const setel = (e, kode, kp) => {
    const [h, p] = RATING_UNTUK[kode];
    if (predikatPegawai(h, p, kp).kode !== kode)
      throw new Error(`Matriks predikat berubah: rating ${h}/${p} bukan predikat ${kode}`);
    e.rating_hasil = h;
    e.rating_perilaku = p;
    e.dikalibrasi = true;
  };

  const diskominfo = rencana.jabatan.find((j) => j.tag === 'KADIS_KOMINFO')?.opd;
  const organisasi = [];
  for (const g of [...kelompok.values()].sort((a, b) => a.opd.localeCompare(b.opd) || a.bulan - b.bulan)) {
    const kj = kepalaOpd.get(g.opd);
    if (!kj) continue;
    const t = tanggalAcuanBulan(tahun, g.bulan, hari);
    const kepala = pemegangPada(kj.kode, t);
    if (!kepala) continue;
    // the proposal reads the holder's figure (capaian service `pegawai`): the mean rule or his own
    const jk = jabatanKepala(kepala.pegawai, t, g.bulan);
    const capaian = jk
      ? capaianKepalaAkhir(kepala.pegawai, jk.kode, g.bulan, t)
      : sendiri(kepala.pegawai, g.bulan).capaian;
    if (capaian == null) continue;
    const kp = kPredikat(g.bulan);
    const usulan = predikatOrganisasiDariCapaian(capaian, kp);
    const dihitung = hitung(g.rows);
    if (dihitung.length >= kp.kurva_minimal_pegawai)
      kalibrasi(
        usulan,
        dihitung.filter((e) => !pltKunci.has(`${e.pegawai}:${e.periode}`)),
        dihitung,
        kp,
        setel,
      );
    organisasi.push({ opd: g.opd, bulan: g.bulan, usulan, capaian, kepala, rows: dihitung });
  }

  // 4. The violation to show, in one OPD (never Diskominfo) and one month: per OPD its last evaluated month
  //    whose quotas can block finalising (n ≥ minimum: under it a violation is only a warning), else its
  //    last evaluated month; among OPD a blocking one first, then a Dinas, then an organisation predikat
  //    of BAIK, ties by kode. Small demo cities (the test servers' 40–60 pegawai) still get a blocking case
  //    when any OPD-month has enough evaluated pegawai.
  const blokir = (o) => o.rows.length >= kPredikat(o.bulan).kurva_minimal_pegawai;
  const calon = new Map();
  for (const o of organisasi) {
    const c = calon.get(o.opd);
    if (!c || (blokir(o) && (!blokir(c) || c.bulan < o.bulan)) || (!blokir(c) && !blokir(o) && c.bulan < o.bulan))
      calon.set(o.opd, o);
  }
  const terkunci = (e) => pltKunci.has(`${e.pegawai}:${e.periode}`);
  const skor = (o) =>
    (blokir(o) ? 4 : 0) + (opdByKode.get(o.opd)?.jenis === 'DINAS' ? 2 : 0) + (o.usulan === 'BAIK' ? 1 : 0);
  const langgar =
    [...calon.values()]
      .filter((o) => o.opd !== diskominfo)
      .sort((a, b) => skor(b) - skor(a) || a.opd.localeCompare(b.opd))[0] ?? null;
  if (langgar) {
    langgarKurva(langgar.usulan, langgar.rows, terkunci, kPredikat(langgar.bulan), setel);
    langgar.langgar = true;
  }
  terapkanPlt(); // calibration never touches PLT-linked rows; this keeps the invariant explicit

  // 5. Predikat and wording of every evaluation.
  const rhkUraian = new Map(rencanaSkp.rhk.map((x) => [x.documentId, x]));
  for (const e of evaluasi) {
    const kp = kPredikat(e.periode);
    const p = predikatPegawai(e.rating_hasil, e.rating_perilaku, kp);
    Object.assign(e, { predikat_kode: p.kode, predikat_nama: p.nama, predikat_siasn_id: p.siasn_id });
    const r = acak(`umpan-balik:${e.skp}:${e.periode}`);
    e.umpan_balik = r.pilih(TEKS.umum[p.kode]);
    e.umpan_balik_rhk = [];
    e.umpan_balik_perilaku = [];
    if (e.tetap) {
      for (const x of e.rhkBulan) {
        if (x.capaian == null || !rhkUraian.has(x.id)) continue;
        const grup = x.capaian_mentah >= 100 ? 'tercapai' : x.capaian_mentah >= 80 ? 'hampir' : 'kurang';
        e.umpan_balik_rhk.push({
          rhk_id: x.id,
          uraian: rhkUraian.get(x.id).uraian,
          umpan_balik: r.pilih(TEKS.rhk[grup]),
        });
      }
      // the value's name beside its code, as the app stores it (policy berakhlak)
      const nama = new Map(
        kebijakan('berakhlak', tanggalKebijakanBulan(tahun, e.periode)).nilai_dasar.map((v) => [v.kode, v.nama]),
      );
      for (const kode of KODE_BERAKHLAK)
        e.umpan_balik_perilaku.push({
          kode,
          nama: nama.get(kode) ?? null,
          umpan_balik: TEKS.perilaku[kode][e.rating_perilaku],
        });
    }
    delete e.rhkBulan;
  }

  // 6. Organisation predikat rows.
  const predikatOrganisasi = organisasi.map((o) => {
    const kp = kPredikat(o.bulan);
    const kurva = periksaKurva(
      o.usulan,
      o.rows.map((e) => e.predikat_kode),
      kp,
    );
    const final = !o.langgar && putusanFinal(kurva, o.usulan, null).boleh;
    const r = acak(`predikat-organisasi:${o.opd}:${o.bulan}`);
    const akhirNilai = Math.max(...o.rows.map((e) => e.dinilai_pada.getTime()));
    const ditetapkan = Math.min(kiniMs, hariKerjaSetelah(akhirNilai, r.bulat(1, 3), r.bulat(9 * 60, 15 * 60)));
    const difinalkan = Math.min(kiniMs, hariKerjaSetelah(ditetapkan, r.bulat(0, 2), r.bulat(9 * 60, 15 * 60)));
    const orang = pegawaiByNip.get(o.kepala.pegawai);
    const nama = kp.organisasi.find((x) => x.kode === o.usulan)?.nama ?? o.usulan;
    return {
      documentId: idDokumen(`predikat-organisasi:${o.opd}:${tahun}:BULANAN:${o.bulan}`),
      opd: o.opd,
      tahun,
      periode_jenis: 'BULANAN',
      periode: o.bulan,
      predikat: o.usulan,
      usulan: o.usulan,
      capaian_opd: o.capaian,
      alasan: TEKS.alasanOrganisasi(o.capaian, nama),
      ditetapkan_oleh_nip: orang.nip,
      ditetapkan_oleh_nama: namaLengkap(orang),
      ditetapkan_sebagai: o.kepala.jenis === 'UTAMA' ? 'DEFINITIF' : o.kepala.jenis,
      ditetapkan_pada: new Date(ditetapkan),
      status: final ? 'FINAL' : 'DRAFT',
      final_oleh: final ? orang.nip : null,
      final_pada: final ? new Date(difinalkan) : null,
      n: kurva.n,
      pelanggaran: kurva.pelanggaran.map((x) => x.aturan),
      langgar: !!o.langgar,
    };
  });

  for (const e of evaluasi) delete e.n;
  return {
    tahun,
    bulanTerakhirLalu,
    bulanDinilai,
    evaluasi,
    predikatOrganisasi,
    opdPelanggaran: langgar ? langgar.opd : null,
  };
}

/**
 * The penilai of the violation OPD ignored the quotas: for BAIK everybody is rated at least Baik
 * ("Butuh Perbaikan + Kurang ≥ 1" fails); in general nobody is left in the set of the first "min"
 * rule, or (only "maks" rules) everybody is put in the capped set.
 */
function langgarKurva(organisasi, rows, terkunci, kp, setel) {
  const kode = (e) => predikatPegawai(e.rating_hasil, e.rating_perilaku, kp).kode;
  const min = kp.kurva[organisasi].find((a) => a.batas === 'min');
  const tujuan = min ? (min.predikat.includes(2) ? 1 : 2) : kp.kurva[organisasi][0].predikat[0];
  for (const e of rows) {
    if (min && !min.predikat.includes(kode(e))) continue;
    if (!terkunci(e)) setel(e, tujuan, kp);
    else {
      // PLT-linked: the perilaku stays (domain/plt.ts), only the rating hasil may move
      const h = [2, 1, 3].find((x) =>
        min
          ? !min.predikat.includes(predikatPegawai(x, e.rating_perilaku, kp).kode)
          : predikatPegawai(x, e.rating_perilaku, kp).kode === tujuan,
      );
      if (h) e.rating_hasil = h;
    }
  }
}

/**
 * Moves ratings until the quotas of the organisation predikat pass (or nobody is left to move):
 * a "min" rule pulls the lowest capaian not yet in it, a "maks" rule lifts the highest capaian out
 * (to Sangat Baik when allowed, else Butuh Perbaikan). Only `bebas` rows change; `semua` are counted.
 */
function kalibrasi(organisasi, bebas, semua, kp, setel) {
  const kode = (e) => predikatPegawai(e.rating_hasil, e.rating_perilaku, kp).kode;
  const capaian = (e) => (e.capaian == null ? -1 : Number(e.capaian));
  const urutNaik = (a, b) => capaian(a) - capaian(b) || a.pegawai.localeCompare(b.pegawai);
  const dipindah = new Set();
  for (let i = 0; i < 4 * semua.length + 10; i++) {
    const h = periksaKurva(organisasi, semua.map(kode), kp);
    if (!h.pelanggaran.length) return true;
    const v = h.pelanggaran[0];
    // one more Sangat Baik still within every "maks" rule that counts it
    const sb = semua.filter((e) => kode(e) === 1).length;
    const bolehSb = kp.kurva[organisasi].every(
      (a) => a.batas !== 'maks' || !a.predikat.includes(1) || sb + 1 <= batasJumlah(a, semua.length),
    );
    let calon;
    let tujuan;
    if (v.batas === 'min') {
      calon = bebas.filter((e) => !v.predikat.includes(kode(e)) && !dipindah.has(e)).sort(urutNaik)[0];
      tujuan = v.predikat[0];
    } else if (v.predikat.includes(1)) {
      calon = bebas.filter((e) => v.predikat.includes(kode(e)) && !dipindah.has(e)).sort(urutNaik)[0];
      tujuan = 2;
    } else {
      calon = bebas
        .filter((e) => v.predikat.includes(kode(e)) && !dipindah.has(e))
        .sort(urutNaik)
        .reverse()[0];
      tujuan = bolehSb ? 1 : 3;
      if (calon && tujuan === 3)
        calon = bebas.filter((e) => v.predikat.includes(kode(e)) && !dipindah.has(e)).sort(urutNaik)[0];
    }
    if (!calon) return false;
    setel(calon, tujuan, kp);
    dipindah.add(calon);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** Ids by documentId of rows written earlier in the transaction. */
async function idDariDokumen(w, uid, docIds) {
  const m = w.meta(uid);
  const kolom = m.attributes.documentId.columnName ?? 'document_id';
  const peta = new Map();
  const unik = [...new Set(docIds)];
  for (let i = 0; i < unik.length; i += 500) {
    for (const b of await w
      .tabel(m.tableName)
      .select('id', kolom)
      .whereIn(kolom, unik.slice(i, i + 500)))
      peta.set(b[kolom], Number(b.id));
  }
  return (d) => {
    const id = peta.get(d);
    if (id == null) throw new Error(`${uid} ${d} belum tertulis`);
    return id;
  };
}

async function tulisEvaluasi(strapi, w, rencanaEvaluasi, { pegId, sekarang }) {
  const jejak = { createdAt: sekarang, updatedAt: sekarang };
  const json = (v) => (v == null ? null : JSON.stringify(v));
  const skpId = await idDariDokumen(
    w,
    UID.skp,
    rencanaEvaluasi.evaluasi.map((e) => e.skp),
  );
  const opdId = await idDariDokumen(
    w,
    UID.opd,
    rencanaEvaluasi.predikatOrganisasi.map((o) => idDokumen('opd:' + o.opd)),
  );

  const ev = rencanaEvaluasi.evaluasi;
  const idEv = await w.sisip(
    UID.evaluasi,
    ev.map((e) => ({
      documentId: e.documentId,
      tahun: e.tahun,
      periode_jenis: e.periode_jenis,
      periode: e.periode,
      kunci_unik: kunciUnikEvaluasi(skpId(e.skp), e.periode_jenis, e.periode),
      rating_hasil: e.rating_hasil,
      rating_perilaku: e.rating_perilaku,
      rating_perilaku_asli: e.rating_perilaku_asli,
      perilaku_source: e.perilaku_source,
      predikat_kode: e.predikat_kode,
      predikat_nama: e.predikat_nama,
      predikat_siasn_id: e.predikat_siasn_id,
      saran_rating_hasil: e.saran_rating_hasil,
      capaian: e.capaian,
      formula: e.formula,
      umpan_balik: e.umpan_balik,
      umpan_balik_rhk: json(e.umpan_balik_rhk),
      umpan_balik_perilaku: json(e.umpan_balik_perilaku),
      angka_kredit: null,
      ...e.snapshot,
      penilai_sebagai: e.penilai_sebagai,
      dinilai_pada: e.dinilai_pada,
      ...jejak,
    })),
  );
  const evId = (e) => idEv.get(e.documentId);
  await w.tautkan(
    UID.evaluasi,
    'skp',
    ev.map((e) => [evId(e), skpId(e.skp)]),
  );
  await w.tautkan(
    UID.evaluasi,
    'pegawai',
    ev.map((e) => [evId(e), pegId(e.pegawai)]),
  );
  await w.tautkan(
    UID.evaluasi,
    'penilai_pegawai',
    ev.map((e) => [evId(e), pegId(e.penilai)]),
  );

  const po = rencanaEvaluasi.predikatOrganisasi;
  const idPo = await w.sisip(
    UID.predikatOrganisasi,
    po.map((o) => ({
      documentId: o.documentId,
      tahun: o.tahun,
      periode_jenis: o.periode_jenis,
      periode: o.periode,
      kunci_unik: kunciPredikatOrganisasi(opdId(idDokumen('opd:' + o.opd)), o.tahun, o.periode),
      predikat: o.predikat,
      usulan: o.usulan,
      capaian_opd: o.capaian_opd,
      alasan: o.alasan,
      ditetapkan_oleh_nip: o.ditetapkan_oleh_nip,
      ditetapkan_oleh_nama: o.ditetapkan_oleh_nama,
      ditetapkan_sebagai: o.ditetapkan_sebagai,
      ditetapkan_pada: o.ditetapkan_pada,
      status: o.status,
      override_kurva: null,
      final_oleh: o.final_oleh,
      final_pada: o.final_pada,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.predikatOrganisasi,
    'opd',
    po.map((o) => [idPo.get(o.documentId), opdId(idDokumen('opd:' + o.opd))]),
  );
}

/** Counts for the seed summary. */
function ringkasanEvaluasi(r) {
  const per = (k) => r.evaluasi.filter((e) => e.predikat_kode === k).length;
  return {
    evaluasi: r.evaluasi.length,
    evaluasi_bulan: r.bulanDinilai.length,
    evaluasi_sangat_baik: per(1),
    evaluasi_baik: per(2),
    evaluasi_butuh_perbaikan: per(3),
    evaluasi_kurang: per(4) + per(5),
    evaluasi_perilaku_plt: r.evaluasi.filter((e) => e.konteks === 'DEFINITIF' && e.perilaku_source === 'PLT').length,
    predikat_organisasi: r.predikatOrganisasi.length,
    predikat_organisasi_final: r.predikatOrganisasi.filter((o) => o.status === 'FINAL').length,
    opd_pelanggaran_kurva: r.opdPelanggaran,
  };
}

/**
 * The seed step (index.js): re-plans the renaksi (pure, same clock and policy as isiRenaksiDemo),
 * plans the evaluations with the running app's policies and writes them in the caller's transaction.
 */
async function isiEvaluasiDemo(strapi, w, rencana, rencanaSkp, { pegId, sekarang }) {
  const mulai = Date.now();
  const nilai = (nama, tanggal) => strapi.plugin('inti').service('kebijakan').nilai(nama, tanggal);
  const rencanaRenaksi = rencanakanRenaksi(rencana, rencanaSkp, { sekarang, kebijakan: (t) => nilai('capaian', t) });
  const r = rencanakanEvaluasi(rencana, rencanaSkp, rencanaRenaksi, { sekarang, kebijakan: nilai });
  await tulisEvaluasi(strapi, w, r, { pegId, sekarang });
  return { ...ringkasanEvaluasi(r), durasi_evaluasi_ms: Date.now() - mulai };
}

module.exports = {
  rencanakanEvaluasi,
  tulisEvaluasi,
  ringkasanEvaluasi,
  isiEvaluasiDemo,
  kebijakanDariBerkas,
  kalibrasi,
  UID_EVALUASI: UID,
};
