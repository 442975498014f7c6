'use strict';
/**
 * Rencana aksi (renaksi) and realisasi of the demo year (see README.md):
 *
 * - every SKP DISETUJUI or DIAJUKAN gets 2–3 renaksi per RHK with targets (monthly; some quarterly
 *   in JPT plans of generated pegawai); the named Diskominfo accounts get hand-written actions
 *   (renaksi-teks.js) with a target in every month and at least one `sebagai_rtp`; about 1 in 6
 *   generated renaksi is `sebagai_rtp`;
 * - only DISETUJUI plans get realisasi: every month before the current one (by the server clock)
 *   and, for some pegawai, the current month so far. Mostly near the target, some above (capped),
 *   some below, a few missing (they count 0 once the input deadline passed). Evidence links on all,
 *   faktor penunjang/penghambat, the penilai's check (CHECKED with umpan balik; the last past month
 *   mostly UNCHECKED) and the stored capaian of domain/capaian.ts with the formula in force that month;
 * - a few RHK of generated plans get the eKAK flags `terdapat_inovasi` (+ inovasi) and
 *   `is_perintah_walikota` (skp-teks.js already sets `is_sasaran_prioritas`).
 *
 * `rencanakanRenaksi()` is pure and deterministic: every value comes from a stream keyed by the
 * RHK/renaksi/month, so the clock only decides which months exist, never their values.
 * `tulisRenaksi()` bulk-writes the plan in the caller's transaction; when the kinerja plugin's
 * `bukti.simpanBuffer` exists it attaches small generated PDFs to a few realisasi of each named account.
 */
const path = require('path');
const { acak, idDokumen } = require('./acak');
const { hariIni } = require('@m-skp/inti');
const { versiPada } = require('@m-skp/inti');
const { capaianTersimpan, batasInput, tanggalKebijakanBulan } = require('@m-skp/kinerja');
const { periksaTargetRenaksi } = require('@m-skp/kinerja');
const T = require('./renaksi-teks');

const UID = {
  rhk: 'plugin::kinerja.rhk',
  renaksi: 'plugin::kinerja.rencana-aksi',
  realisasi: 'plugin::kinerja.realisasi',
};

const PELUANG = {
  rtp: 1 / 6,
  triwulanJpt: 0.5,
  /** below / above the target (the rest is near it) */
  kurang: 0.14,
  lebih: 0.14,
  /** the current month already filled (per pegawai) */
  bulanBerjalan: 0.35,
  /** a past month left unchecked by the penilai (before the last past month) */
  belumDiperiksa: 0.06,
  /** the last past month already checked */
  diperiksaTerakhir: 0.25,
  /** eKAK ids and budget on renaksi of JPT/structural plans */
  ekak: 0.6,
  /** RHK flags on generated plans */
  inovasi: 0.08,
  perintahWalikota: 0.3,
};
/** Realisasi per named account that get a generated PDF (when the evidence store exists). */
const BERKAS_PER_AKUN = 3;
const JAM = 3600000;
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** The capaian policy from config/kebijakan/capaian.json (what the kebijakan service reads). */
function kebijakanBerkas() {
  const isi = require(path.join(__dirname, '..', '..', 'config', 'kebijakan', 'capaian.json'));
  return (tanggal) => {
    const v = versiPada(isi.versi, tanggal);
    if (!v) throw new Error(`Tidak ada versi kebijakan capaian pada ${tanggal}`);
    return v.nilai;
  };
}

/** A moment `hari` days after the first of month `bulan` (may overflow), at `menit` after midnight WIB; weekends move to Monday. */
function momen(tahun, bulan, hari, menit) {
  const d = new Date(Date.UTC(tahun, bulan - 1, 1 + hari));
  const dow = d.getUTCDay();
  if (dow === 6) d.setUTCDate(d.getUTCDate() + 2);
  if (dow === 0) d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime() - 7 * JAM + menit * 60000;
}

/** `hari` days after the WIB date of `ms` (weekends move to Monday), at `menit` after midnight WIB. */
function hariKemudian(ms, hari, menit) {
  const d = new Date(ms + 7 * JAM);
  return momen(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate() - 1 + hari, menit);
}

const angkaBulat = (satuan) => !/^(persen|jam|hari|hari kerja|indeks|nilai)$/.test(satuan);

/** The object and numbers of a pelaksana RHK from its IKI ("Jumlah naskah dinas yang diproses", 200 naskah). */
function objekPelaksana(rhk, ikiRhk) {
  const utama = ikiRhk[0];
  const m = utama && /^Jumlah (.+?) yang /.exec(utama.uraian);
  const dok = m ? m[1] : rhk.uraian.replace(/^\S+\s+/, '').replace(/ pada .*$/, '');
  const waktu = ikiRhk.find((i) => i.polaritas === 'TURUN');
  return {
    dok,
    sat: utama && !/persen/.test(utama.satuan) ? utama.satuan : 'berkas',
    n: utama && !/persen/.test(utama.satuan) ? Number(utama.target_max) : 120,
    t: waktu ? Number(waktu.target_max) : null,
  };
}

/** Which JPT template fits an RHK ("Meningkatnya efektivitas pengelolaan anggaran …" → anggaran). */
function jenisJpt(uraian) {
  if (/anggaran/i.test(uraian)) return 'anggaran';
  if (/akuntabilitas/i.test(uraian)) return 'akuntabilitas';
  if (/pelayanan publik/i.test(uraian)) return 'pelayanan';
  return 'urusan';
}

/**
 * The renaksi/realisasi plan (pure). `kebijakan(tanggal)` gives the capaian policy value in force
 * on a date (default: config/kebijakan/capaian.json); `sekarang` decides which months are past.
 */
function rencanakanRenaksi(rencana, rencanaSkp, { sekarang = new Date(), kebijakan = kebijakanBerkas() } = {}) {
  const tahun = rencanaSkp.tahun;
  const kiniMs = sekarang.getTime();
  const hari = hariIni(sekarang);
  const [tahunKini, bulanKini] = hari.split('-').map(Number);
  /** months before this one are past; 13 = the whole demo year is past */
  const bulanBerjalan = tahun < tahunKini ? 13 : tahun > tahunKini ? 0 : bulanKini;
  const bulanTerakhirLalu = Math.min(12, bulanBerjalan - 1);

  const jabatanByKode = new Map(rencana.jabatan.map((j) => [j.kode, j]));
  const opdByKode = new Map(rencana.opd.map((o) => [o.kode_opd, o]));
  const ikiPerRhk = new Map();
  for (const i of rencanaSkp.iki) {
    if (i.disembunyikan) continue;
    if (!ikiPerRhk.has(i.rhk)) ikiPerRhk.set(i.rhk, []);
    ikiPerRhk.get(i.rhk).push(i);
  }
  const rhkPerSkp = new Map();
  for (const x of rencanaSkp.rhk) {
    if (!rhkPerSkp.has(x.skp)) rhkPerSkp.set(x.skp, []);
    rhkPerSkp.get(x.skp).push(x);
  }
  const aturanBulan = new Map();
  const aturan = (bulan) => {
    if (!aturanBulan.has(bulan)) aturanBulan.set(bulan, kebijakan(tanggalKebijakanBulan(tahun, bulan)));
    return aturanBulan.get(bulan);
  };

  const renaksi = [];
  const realisasi = [];
  const benderaRhk = [];
  let nomorEkak = 0;

  for (const s of rencanaSkp.skp) {
    if (s.status !== 'DISETUJUI' && s.status !== 'DIAJUKAN') continue;
    const daftarRhk = rhkPerSkp.get(s.documentId) ?? [];
    if (!daftarRhk.length) continue;
    const pen = rencana.penugasan[s.penugasan];
    const j = jabatanByKode.get(pen.jabatan);
    const opd = opdByKode.get(j.opd);
    const kunciTetap =
      T.TETAP[s.pegawai] && s.penugasanJenis === 'UTAMA'
        ? s.pegawai
        : j.tag === 'KABID_PERSANDIAN' && s.pegawai === '198506062010011006'
          ? 'PLT_PERSANDIAN'
          : null;
    const tetap = kunciTetap ? T.TETAP[kunciTetap] : null;
    if (tetap && tetap.length !== daftarRhk.length)
      throw new Error(`Renaksi demo ${kunciTetap}: ${tetap.length} kelompok untuk ${daftarRhk.length} RHK`);
    // Months inside the SKP period (a plan that starts mid-year has no target before it).
    const bulanAwal = Number(s.periode_mulai.slice(5, 7));
    const bulanAkhir = Number(s.periode_akhir.slice(5, 7));
    const dalamPeriode = (m) => m >= bulanAwal && m <= bulanAkhir;
    const rajin = acak('rajin:' + s.kunci).angka();
    const isiBulanBerjalan = acak('berjalan:' + s.kunci).peluang(tetap ? 0.6 : PELUANG.bulanBerjalan);
    const struktural = s.jenis === 'JPT' || j.tingkat != null;
    const dengan = { s: opd?.singkatan || opd?.nama || 'perangkat daerah', u: urusan(opd) };

    // eKAK flags on generated plans.
    if (!tetap) {
      const rb = acak('bendera:' + s.kunci);
      const utama = daftarRhk.filter((x) => x.jenis === 'UTAMA');
      if (struktural && utama.length && rb.peluang(PELUANG.inovasi)) {
        benderaRhk.push({ rhk: utama[0].documentId, terdapat_inovasi: true, inovasi: rb.pilih(T.INOVASI)(dengan.s) });
      }
      if (s.jenis === 'JPT' && utama.length > 1 && rb.peluang(PELUANG.perintahWalikota)) {
        benderaRhk.push({ rhk: utama[1].documentId, is_perintah_walikota: true });
      }
    }

    daftarRhk.forEach((x, n) => {
      const r = acak('renaksi:' + x.documentId);
      let rancangan;
      if (tetap) {
        rancangan = tetap[n].map((t) => ({
          uraian: t.uraian,
          satuan: t.satuan,
          polaritas: t.polaritas,
          rtp: t.rtp,
          periode: 'BULANAN',
          nilai: (m) => (Array.isArray(t.nilai) ? t.nilai[m - 1] : t.nilai),
        }));
      } else {
        rancangan = rancanganUmum(x, s, j, ikiPerRhk.get(x.documentId) ?? [], dengan, r).map((t) => ({
          ...t,
          polaritas: t.polaritas ?? 'NAIK',
          rtp: r.peluang(PELUANG.rtp),
          periode: t.triwulan && r.peluang(PELUANG.triwulanJpt) ? 'TRIWULAN' : 'BULANAN',
          // a quarterly activity in a monthly plan: targets in the quarter's last month only
          bulan: t.triwulan ? T.TW : t.bulan,
          nilai:
            typeof t.nilai === 'function'
              ? t.nilai
              : (
                  (v) => () =>
                    v
                )(t.nilai),
        }));
      }
      rancangan.forEach((t, k) => {
        const bulan = t.periode === 'TRIWULAN' ? T.TW : (t.bulan ?? T.SEMUA);
        const masukan = bulan
          .filter(dalamPeriode)
          .map((m) =>
            t.periode === 'TRIWULAN' ? { triwulan: m / 3, nilai: t.nilai(m) } : { bulan: m, nilai: t.nilai(m) },
          );
        if (!masukan.length) return; // the activity falls outside a short period
        const cek = periksaTargetRenaksi(t.periode, masukan);
        if (!cek.ok) throw new Error(`Target renaksi demo tidak valid (${cek.kode}) pada RHK ${x.documentId}`);
        const docId = idDokumen(`renaksi:${x.documentId}:${k + 1}`);
        const ekak = struktural && r.peluang(PELUANG.ekak);
        if (ekak) nomorEkak++;
        const row = {
          documentId: docId,
          rhk: x.documentId,
          pegawai: s.pegawai,
          tahun,
          uraian: t.uraian,
          urutan: k + 1,
          periode: t.periode,
          satuan: t.satuan,
          polaritas: t.polaritas,
          target: cek.nilai,
          sebagai_rtp: !!t.rtp,
          ekak_renaksi_id: ekak ? `RA-${tahun}-${pad(nomorEkak, 6)}` : null,
          ekak_tahapan_id: ekak ? `TH-${tahun}-${pad(nomorEkak, 6)}-${r.bulat(1, 4)}` : null,
          anggaran: ekak ? r.bulat(s.jenis === 'JPT' ? 50 : 5, s.jenis === 'JPT' ? 900 : 250) * 1000000 : null,
          tetap: !!tetap,
        };
        renaksi.push(row);
        if (s.status !== 'DISETUJUI') return;
        for (const { bulan: m, nilai: target } of cek.nilai) {
          if (m > bulanBerjalan || (m === bulanBerjalan && !isiBulanBerjalan)) continue;
          const x2 = isiRealisasi({
            s,
            row,
            m,
            target,
            tahun,
            tetap: !!tetap,
            rajin,
            bulanBerjalan,
            bulanTerakhirLalu,
            kiniMs,
            aturan: aturan(m),
          });
          if (x2) realisasi.push(x2);
        }
      });
    });
  }

  // A few realisasi of each named account carry a generated PDF (when the evidence store exists).
  const perAkun = new Map();
  for (const x of realisasi) {
    if (!x.tetap || x.bulan > bulanTerakhirLalu) continue;
    if (!perAkun.has(x.pegawai)) perAkun.set(x.pegawai, []);
    perAkun.get(x.pegawai).push(x);
  }
  for (const daftar of perAkun.values()) {
    const r = acak('berkas:' + daftar[0].pegawai);
    for (const x of r.kocok(daftar).slice(0, BERKAS_PER_AKUN)) x.berkas = true;
  }

  return { tahun, bulanBerjalan, renaksi, realisasi, benderaRhk };
}

/** The field of an OPD in words (as skp-teks): "Dinas Kesehatan" → "kesehatan". */
function urusan(opd) {
  const n = (opd?.nama ?? 'perangkat daerah').replace(/^(Dinas|Badan|Kantor|Satuan)\s+/i, '');
  return n.charAt(0).toLowerCase() + n.slice(1);
}

/** 2–3 actions for an RHK of a generated pegawai, from the templates matching its plan. */
function rancanganUmum(x, s, j, ikiRhk, dengan, r) {
  const jumlah = r.bulat(2, 3);
  if (x.jenis === 'TAMBAHAN') {
    const bulan = r
      .kocok(T.SEMUA)
      .slice(0, r.bulat(4, 8))
      .sort((a, b) => a - b);
    return r
      .kocok(T.TAMBAHAN)
      .slice(0, jumlah)
      .map((f) => f({ r, bulan }));
  }
  if (s.jenis === 'JPT') return T.JPT[jenisJpt(x.uraian)](dengan).slice(0, jumlah);
  if (j.tingkat != null) {
    const m = /^Meningkatnya kualitas (.+?) pada /.exec(x.uraian);
    const g = m ? m[1] : x.uraian.replace(/^\S+\s+/, '');
    return r
      .kocok(T.STRUKTURAL)
      .slice(0, jumlah)
      .map((f) => f({ r, g }));
  }
  const k = objekPelaksana(x, ikiRhk);
  const hasil = r
    .kocok(T.PELAKSANA)
    .slice(0, k.t != null ? jumlah - 1 : jumlah)
    .map((f) => f(k));
  if (k.t != null) hasil.push(T.PELAKSANA_WAKTU(k));
  return hasil;
}

/** One realisasi (or null when missing / not entered yet by `kiniMs`). */
function isiRealisasi({ s, row, m, target, tahun, tetap, rajin, bulanBerjalan, bulanTerakhirLalu, kiniMs, aturan }) {
  const r = acak(`realisasi:${row.documentId}:${m}`);
  const berjalan = m === bulanBerjalan;
  // Missing: never for the named accounts; more often for less diligent pegawai.
  const pHilang = tetap ? 0 : 0.02 + 0.14 * (1 - rajin) * (1 - rajin);
  if (r.peluang(pHilang)) return null;

  // Value: near the target, above (capped in the capaian) or below.
  const u = r.angka();
  const bulatkan = angkaBulat(row.satuan);
  let f;
  if (u < PELUANG.kurang * (1.4 - rajin * 0.8)) f = 0.5 + 0.35 * r.angka();
  else if (u > 1 - PELUANG.lebih) f = 1.05 + 0.3 * r.angka();
  else f = r.peluang(bulatkan ? 0.6 : 0.3) ? 1 : 0.9 + 0.1 * r.angka();
  if (berjalan) f *= 0.4 + 0.5 * r.angka(); // progress so far this month
  let nilai = row.polaritas === 'TURUN' ? target / Math.max(f, 0.5) : target * f;
  nilai = bulatkan ? Math.round(nilai) : Math.round(nilai * 10) / 10;
  if (row.satuan === 'persen') nilai = Math.min(100, nilai);
  if (target === 0 && row.polaritas === 'NAIK') nilai = Math.max(nilai, r.bulat(0, 2));

  // Entered in the last days of the month or the first days of the next (before the deadline);
  // the current month some days ago. Later than now → not entered yet. The named accounts fill a past
  // month in its last working week, so their last month is complete on any day of the current one (the
  // demo journeys evaluate it before its input deadline too).
  const hariBatas = aturan.batas_input_hari;
  const hariMasuk = tetap ? r.bulat(-9, -5) : r.bulat(-4, Math.min(7, hariBatas - 3));
  const diisi = berjalan
    ? momen(tahun, m, r.bulat(0, 20), r.bulat(8 * 60, 15 * 60 + 30))
    : momen(tahun, m + 1, hariMasuk, r.bulat(8 * 60, 15 * 60 + 30));
  if (diisi > kiniMs) return null;
  const batas = Date.parse(`${batasInput(tahun, m, hariBatas)}T23:59:59+07:00`);
  if (diisi > batas) return null;

  const c = capaianTersimpan(target, nilai, row.polaritas, aturan.batas_capaian);
  const tercapai = c.mentah >= 100;
  const docId = idDokumen(`realisasi:${row.documentId}:${m}`);
  const jenisBukti = r.pilih(T.JENIS_BUKTI);
  const x = {
    documentId: docId,
    renaksi: row.documentId,
    pegawai: row.pegawai,
    tahun,
    bulan: m,
    nilai,
    faktor_penunjang: r.pilih(T.PENUNJANG),
    faktor_penghambat: tercapai ? (r.peluang(0.5) ? T.TANPA_KENDALA : null) : r.pilih(T.PENGHAMBAT),
    bukti_url: [
      {
        url: `https://drive.madiunkota.go.id/s/${docId.slice(0, 16)}`,
        nama: `${jenisBukti} ${T.NAMA_BULAN[m]} ${tahun}`,
      },
    ],
    status: 'UNCHECKED',
    umpan_balik: null,
    diperiksa_oleh_nip: null,
    diperiksa_oleh_nama: null,
    diperiksa_pada: null,
    diisi_pada: new Date(diisi),
    diisi_oleh: row.pegawai,
    target_nilai: target,
    capaian_mentah: c.mentah,
    capaian: c.capaian,
    formula: aturan.formula,
    tetap,
    berkas: false,
  };
  if (r.peluang(0.15))
    x.bukti_url.push({
      url: `https://drive.madiunkota.go.id/s/${idDokumen(`lampiran:${docId}`).slice(0, 16)}`,
      nama: `Lampiran ${T.NAMA_BULAN[m]} ${tahun}`,
    });

  // The penilai's check: past months mostly CHECKED, the last past month mostly waiting.
  if (!berjalan && s.penilai_nip) {
    const periksa =
      m < bulanTerakhirLalu
        ? !r.peluang(tetap ? 0 : PELUANG.belumDiperiksa)
        : !tetap && r.peluang(PELUANG.diperiksaTerakhir);
    const pada = hariKemudian(diisi, r.bulat(1, 6), r.bulat(8 * 60, 15 * 60 + 30));
    if (periksa && pada <= kiniMs) {
      const kelompok = c.capaian >= 100 ? 'tercapai' : c.capaian >= 80 ? 'hampir' : 'kurang';
      Object.assign(x, {
        status: 'CHECKED',
        umpan_balik: r.pilih(T.UMPAN_BALIK[kelompok]),
        diperiksa_oleh_nip: s.penilai_nip,
        diperiksa_oleh_nama: s.penilai_nama,
        diperiksa_pada: new Date(pada),
      });
    }
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Evidence PDF (a minimal valid PDF 1.4, one page of Helvetica text)
// ---------------------------------------------------------------------------------------------

/** A small one-page PDF with a title and lines of text (ASCII; other characters become "?"). */
function pdfBukti(judul, baris) {
  const esc = (t) =>
    String(t)
      .replace(/[^\x20-\x7e]/g, '?')
      .replace(/([\\()])/g, '\\$1');
  const isi = ['BT', '/F1 14 Tf', '56 780 Td', `(${esc(judul)}) Tj`, '/F1 10 Tf', '0 -24 Td'];
  for (const b of baris) isi.push(`(${esc(b)}) Tj`, '0 -15 Td');
  isi.push('ET');
  const aliran = isi.join('\n');
  const obj = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(aliran, 'latin1')} >>\nstream\n${aliran}\nendstream`,
  ];
  let keluar = '%PDF-1.4\n';
  const posisi = [];
  obj.forEach((o, i) => {
    posisi.push(Buffer.byteLength(keluar, 'latin1'));
    keluar += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(keluar, 'latin1');
  keluar += `xref\n0 ${obj.length + 1}\n0000000000 65535 f \n`;
  for (const p of posisi) keluar += `${String(p).padStart(10, '0')} 00000 n \n`;
  keluar += `trailer\n<< /Size ${obj.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(keluar, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/**
 * Writes the plan in the caller's transaction. `pegId(nip)` gives pegawai ids; RHK ids are read
 * back by documentId (tulisSkp wrote them). Returns {berkas: number of PDFs attached, berkas_tersedia}.
 */
async function tulisRenaksi(strapi, w, rencanaRenaksi, { pegId, sekarang }) {
  const jejak = { createdAt: sekarang, updatedAt: sekarang, publishedAt: sekarang };
  const json = (v) => (v == null ? null : JSON.stringify(v));

  const mRhk = w.meta(UID.rhk);
  const kolomDoc = mRhk.attributes.documentId.columnName ?? 'document_id';
  const perlu = [
    ...new Set(rencanaRenaksi.renaksi.map((x) => x.rhk).concat(rencanaRenaksi.benderaRhk.map((b) => b.rhk))),
  ];
  const idRhk = new Map();
  for (let i = 0; i < perlu.length; i += 500) {
    const baris = await w
      .tabel(mRhk.tableName)
      .select('id', kolomDoc)
      .whereIn(kolomDoc, perlu.slice(i, i + 500));
    for (const b of baris) idRhk.set(b[kolomDoc], Number(b.id));
  }
  const rhkId = (d) => {
    const id = idRhk.get(d);
    if (id == null) throw new Error(`RHK ${d} belum tertulis`);
    return id;
  };

  // eKAK flags on generated RHK (a few dozen rows).
  const kolomRhk = (a) => mRhk.attributes[a].columnName ?? a;
  for (const b of rencanaRenaksi.benderaRhk) {
    const data = {};
    if (b.terdapat_inovasi)
      Object.assign(data, { [kolomRhk('terdapat_inovasi')]: true, [kolomRhk('inovasi')]: json(b.inovasi) });
    if (b.is_perintah_walikota) data[kolomRhk('is_perintah_walikota')] = true;
    await w
      .tabel(mRhk.tableName)
      .where({ id: rhkId(b.rhk) })
      .update(data);
  }

  const idRen = await w.sisip(
    UID.renaksi,
    rencanaRenaksi.renaksi.map((x) => ({
      documentId: x.documentId,
      tahun: x.tahun,
      uraian: x.uraian,
      urutan: x.urutan,
      periode: x.periode,
      satuan: x.satuan,
      polaritas: x.polaritas,
      target: json(x.target),
      sebagai_rtp: x.sebagai_rtp,
      ekak_renaksi_id: x.ekak_renaksi_id,
      ekak_tahapan_id: x.ekak_tahapan_id,
      anggaran: x.anggaran,
      ...jejak,
    })),
  );
  const renId = (d) => idRen.get(d);
  await w.tautkan(
    UID.renaksi,
    'rhk',
    rencanaRenaksi.renaksi.map((x) => [renId(x.documentId), rhkId(x.rhk)]),
  );
  await w.tautkan(
    UID.renaksi,
    'pegawai',
    rencanaRenaksi.renaksi.map((x) => [renId(x.documentId), pegId(x.pegawai)]),
  );

  const idReal = await w.sisip(
    UID.realisasi,
    rencanaRenaksi.realisasi.map((x) => ({
      documentId: x.documentId,
      tahun: x.tahun,
      bulan: x.bulan,
      kunci_unik: `${renId(x.renaksi)}:${x.bulan}`,
      nilai: x.nilai,
      faktor_penunjang: x.faktor_penunjang,
      faktor_penghambat: x.faktor_penghambat,
      bukti_url: json(x.bukti_url),
      status: x.status,
      umpan_balik: x.umpan_balik,
      diperiksa_oleh_nip: x.diperiksa_oleh_nip,
      diperiksa_oleh_nama: x.diperiksa_oleh_nama,
      diperiksa_pada: x.diperiksa_pada,
      diisi_pada: x.diisi_pada,
      diisi_oleh: x.diisi_oleh,
      target_nilai: x.target_nilai,
      capaian_mentah: x.capaian_mentah,
      capaian: x.capaian,
      formula: x.formula,
      ...jejak,
    })),
  );
  const realId = (d) => idReal.get(d);
  await w.tautkan(
    UID.realisasi,
    'rencana_aksi',
    rencanaRenaksi.realisasi.map((x) => [realId(x.documentId), renId(x.renaksi)]),
  );
  await w.tautkan(
    UID.realisasi,
    'pegawai',
    rencanaRenaksi.realisasi.map((x) => [realId(x.documentId), pegId(x.pegawai)]),
  );

  // Evidence files of the named accounts, through the plugin's private store when it exists.
  const layanan = strapi.plugin('kinerja')?.service('bukti');
  const tersedia = !!layanan && typeof layanan.simpanBuffer === 'function';
  let berkas = 0;
  if (tersedia) {
    await hapusBerkasDemoYatim(strapi, w, layanan);
    const renaksiByDoc = new Map(rencanaRenaksi.renaksi.map((x) => [x.documentId, x]));
    for (const x of rencanaRenaksi.realisasi.filter((y) => y.berkas)) {
      const ren = renaksiByDoc.get(x.renaksi);
      const nama = `bukti-${x.pegawai}-${x.tahun}-${pad(x.bulan)}-${ren.urutan}.pdf`;
      const buffer = pdfBukti(`Bukti dukung realisasi ${T.NAMA_BULAN[x.bulan]} ${x.tahun}`, [
        `Rencana aksi: ${ren.uraian}`,
        `NIP: ${x.pegawai}`,
        `Target: ${x.target_nilai} ${ren.satuan}; realisasi: ${x.nilai} ${ren.satuan}`,
        `Faktor penunjang: ${x.faktor_penunjang}`,
        'Dokumen contoh data demo M-SKP Kota Madiun.',
      ]);
      const f = await layanan.simpanBuffer({ buffer, nama });
      const id = f && (f.id ?? f[0]?.id);
      if (id == null) throw new Error(`Bukti demo ${nama} tidak tersimpan`);
      await strapi.db.query(UID.realisasi).update({ where: { id: realId(x.documentId) }, data: { bukti: [id] } });
      berkas++;
    }
  }
  return { berkas, berkas_tersedia: tersedia };
}

/** Name of a demo evidence file (see tulisRenaksi). */
const POLA_BERKAS_DEMO = /^bukti-\d{18}-\d{4}-\d{2}-\d+\.pdf$/;

/**
 * `--reset` keeps uploaded files but drops their links: remove the demo PDFs of an earlier seed that
 * no record references any more, so that re-seeding does not pile up orphans in the private store.
 */
async function hapusBerkasDemoYatim(strapi, w, layanan) {
  const mFile = strapi.db.metadata.get('plugin::upload.file');
  const morph = mFile && mFile.attributes.related && mFile.attributes.related.joinTable;
  if (!morph || !morph.joinColumn) return 0;
  const calon = (await w.tabel(mFile.tableName).select('id', 'name').where('name', 'like', 'bukti-%.pdf')).filter((f) =>
    POLA_BERKAS_DEMO.test(f.name),
  );
  if (!calon.length) return 0;
  const kolom = morph.joinColumn.name;
  const tertaut = new Set();
  for (let i = 0; i < calon.length; i += 500) {
    const ids = calon.slice(i, i + 500).map((f) => f.id);
    for (const b of await w.tabel(morph.name).select(kolom).whereIn(kolom, ids)) tertaut.add(Number(b[kolom]));
  }
  const yatim = calon.map((f) => Number(f.id)).filter((id) => !tertaut.has(id));
  if (yatim.length) await layanan.hapus(yatim);
  return yatim.length;
}

/** Counts for the seed summary. */
function ringkasanRenaksi(r) {
  const per = (st) => r.realisasi.filter((x) => x.status === st).length;
  return {
    rencana_aksi: r.renaksi.length,
    rencana_aksi_rtp: r.renaksi.filter((x) => x.sebagai_rtp).length,
    rencana_aksi_triwulan: r.renaksi.filter((x) => x.periode === 'TRIWULAN').length,
    realisasi: r.realisasi.length,
    realisasi_checked: per('CHECKED'),
    realisasi_unchecked: per('UNCHECKED'),
    rhk_inovasi_tambahan: r.benderaRhk.filter((b) => b.terdapat_inovasi).length,
    rhk_perintah_walikota_tambahan: r.benderaRhk.filter((b) => b.is_perintah_walikota).length,
  };
}

/**
 * The seed step (index.js): plans with the policy of the running app and writes, in the caller's
 * transaction. Returns the summary counts and the duration.
 */
async function isiRenaksiDemo(strapi, w, rencana, rencanaSkp, { pegId, sekarang }) {
  const mulai = Date.now();
  const kebijakan = (tanggal) => strapi.plugin('inti').service('kebijakan').nilai('capaian', tanggal);
  const rencanaRenaksi = rencanakanRenaksi(rencana, rencanaSkp, { sekarang, kebijakan });
  const hasil = await tulisRenaksi(strapi, w, rencanaRenaksi, { pegId, sekarang });
  return { ...ringkasanRenaksi(rencanaRenaksi), bukti_berkas: hasil.berkas, durasi_renaksi_ms: Date.now() - mulai };
}

module.exports = {
  rencanakanRenaksi,
  tulisRenaksi,
  ringkasanRenaksi,
  isiRenaksiDemo,
  pdfBukti,
  kebijakanBerkas,
  UID_RENAKSI: UID,
};
