'use strict';
/**
 * SKP of the demo city for the demo year (see README.md): the named Diskominfo accounts of api.md
 * (all DISETUJUI, hand-written RHK/IKI, Kabid Statistik's Plt SKP for Kabid Persandian, one hidden
 * duplicate indicator at the Kepala Dinas) and ~90 % of the generated pegawai (status spread
 * DISETUJUI/DIAJUKAN/DRAFT/DITOLAK), cascaded top-down to the penilai's RHK.
 *
 * `rencanakanSkp(rencana)` is pure and deterministic (rows keyed by NIP, jabatan and year; history
 * times in January of the demo year). The penilai, snapshots, kind of SKP, period, `kunci_unik`,
 * target parsing and duplicate marks use the app's own domain functions, so the rows are those the
 * app would have written. `tulisSkp()` bulk-writes them in the caller's transaction.
 */
const { acak, idDokumen } = require('./acak');
const { penilaiPada } = require('@m-skp/inti');
const { namaLengkap } = require('@m-skp/inti');
const { jenisSkpDari, kunciUnikSkp, periodeSkp, periksaRhk, STATUS_RHK_ATASAN_BOLEH } = require('@m-skp/kinerja');
const { uraiTarget } = require('@m-skp/kinerja');
const { tandaDuplikat } = require('@m-skp/kinerja');
const D = require('./skp-teks');

const UID = {
  skp: 'plugin::kinerja.skp',
  rhk: 'plugin::kinerja.rhk',
  iki: 'plugin::kinerja.iki',
  ekspektasi: 'plugin::kinerja.ekspektasi-perilaku',
  riwayat: 'plugin::kinerja.riwayat-validasi',
};

/** Status spread of the generated pegawai (null = no SKP yet). Heads lean to an approved plan. */
const SEBARAN = [
  [null, 10],
  ['DISETUJUI', 66],
  ['DIAJUKAN', 11],
  ['DRAFT', 5],
  ['DITOLAK', 8],
];
const SEBARAN_KEPALA = [
  [null, 2],
  ['DISETUJUI', 86],
  ['DIAJUKAN', 12],
];
const NIP_TETAP_SKP = new Set([
  '197001012000031001',
  '197502022001032002',
  '198003032005011003',
  '199004042015031004',
  '199105052019032005',
  '198506062010011006',
  '199207072020122007',
]);
const LAMPIRAN_KOSONG = { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] };
const JAM = 3600000;

/** A moment on `tanggal` (YYYY-MM-DD) at `menit` minutes after midnight WIB. */
const pada = (tanggal, menit) => Date.parse(`${tanggal}T00:00:00+07:00`) + menit * 60000;
/** Next office moment after `ms` + `jam` working hours (08:00–16:00 WIB, Monday–Friday). */
function majuKerja(ms, jam) {
  let t = ms + jam * JAM;
  for (let i = 0; i < 20; i++) {
    const wib = new Date(t + 7 * JAM);
    const h = wib.getUTCHours();
    const hari = wib.getUTCDay();
    if (hari === 0 || hari === 6) t += (hari === 6 ? 2 : 1) * 24 * JAM - (h - 8) * JAM - wib.getUTCMinutes() * 60000;
    else if (h >= 16) t += (24 - h + 8) * JAM - wib.getUTCMinutes() * 60000;
    else if (h < 8) t += (8 - h) * JAM - wib.getUTCMinutes() * 60000;
    else return t - (t % 60000);
  }
  return t - (t % 60000);
}

/**
 * The SKP plan of the demo city (pure). `sekarang` only cuts off history that would lie in the
 * future (an SKP whose steps are not reached yet stays in the last state reached).
 */
function rencanakanSkp(rencana, { sekarang = new Date() } = {}) {
  const tahun = rencana.tahun;
  const kiniMs = sekarang.getTime();
  const jabatanByKode = new Map(rencana.jabatan.map((j) => [j.kode, j]));
  const opdByKode = new Map(rencana.opd.map((o) => [o.kode_opd, o]));
  const pegawaiByNip = new Map(rencana.pegawai.map((p) => [p.nip, p]));
  const indeksPenugasan = new Map(rencana.penugasan.map((p, i) => [p, i]));
  const pemangkuData = rencana.penugasan.map((p) => ({
    pegawaiId: p.pegawai,
    jabatanId: p.jabatan,
    jenis: p.jenis,
    tmtMulai: p.tmt_mulai,
    tmtAkhir: p.tmt_akhir,
  }));
  const perJabatan = new Map();
  for (const d of pemangkuData) {
    if (!perJabatan.has(d.jabatanId)) perJabatan.set(d.jabatanId, []);
    perJabatan.get(d.jabatanId).push(d);
  }
  const simpul = (j) => ({ id: j.kode, atasanId: j.atasan, jenis: j.jenis });

  /** organisasi.penilaiPegawai over the plan: walk up from the post, only loading the chain. */
  function penilaiDari(nip, jabatanKode, tanggal) {
    const peta = new Map();
    const pen = [];
    let kini = jabatanKode;
    for (let i = 0; i < 12 && kini != null; i++) {
      const j = jabatanByKode.get(kini);
      if (!j) break;
      peta.set(j.kode, simpul(j));
      if (j.kode !== jabatanKode) pen.push(...(perJabatan.get(j.kode) ?? []));
      kini = j.atasan;
    }
    return penilaiPada(jabatanKode, peta, pen, tanggal, nip);
  }
  const aktifPada = (p, t) => p.tmt_mulai <= t && (!p.tmt_akhir || p.tmt_akhir >= t);
  const utamaPada = (nip, t) =>
    (pegawaiByNip.get(nip)?.penugasan ?? []).find((x) => x.jenis === 'UTAMA' && aktifPada(x, t));

  function snapshot(nip, jabatanKode, sebagai) {
    const p = pegawaiByNip.get(nip);
    const j = jabatanByKode.get(jabatanKode);
    const awalan = sebagai === 'PLT' ? 'Plt. ' : sebagai === 'PLH' ? 'Plh. ' : sebagai === 'PJ' ? 'Pj. ' : '';
    return {
      nip: p.nip,
      nama: namaLengkap(p),
      jabatan: j ? awalan + j.nama : null,
      unit: j ? j.unit_kerja || opdByKode.get(j.opd)?.nama || null : null,
      golongan: p.golongan ?? null,
    };
  }

  // Who gets an SKP: the pegawai's definitive post (and Kabid Statistik's Plt post), heads first.
  const kandidat = [];
  for (const p of rencana.pegawai) {
    const u = p.penugasan[p.penugasan.length - 1];
    kandidat.push({ p, pen: u });
  }
  // Plt posts (Kabid Statistik as Plt Kabid Persandian, and the other acting heads) have their own SKP.
  for (const x of rencana.plt) kandidat.push({ p: pegawaiByNip.get(x.pegawai), pen: x });
  const kedalaman = new Map();
  const dalam = (kode) => {
    if (kedalaman.has(kode)) return kedalaman.get(kode);
    const j = jabatanByKode.get(kode);
    const d = j && j.atasan ? dalam(j.atasan) + 1 : 0;
    kedalaman.set(kode, d);
    return d;
  };
  kandidat.forEach((k, i) => (k.urut = i));
  kandidat.sort((a, b) => dalam(a.pen.jabatan) - dalam(b.pen.jabatan) || a.urut - b.urut);

  // Posts that rate somebody (heads): lean to an approved plan.
  const penilaiKode = new Set();
  for (const k of kandidat) {
    const j = jabatanByKode.get(k.pen.jabatan);
    if (j.atasan) penilaiKode.add(j.atasan);
  }

  const skp = [];
  const rhk = [];
  const iki = [];
  const ekspektasi = [];
  const riwayat = [];
  const skpPerPemangku = new Map(); // "<nip>|<jabatan>" → skp plan row
  let tanpaRhkN = 0;

  for (const { p, pen } of kandidat) {
    const tetap = NIP_TETAP_SKP.has(p.nip);
    if (!tetap && p.tetap) continue; // the Admin OPD account starts without SKP
    const j = jabatanByKode.get(pen.jabatan);
    const periode = periodeSkp(tahun, pen.tmt_mulai, pen.tmt_akhir);
    if (!periode) continue;
    const kunci = `${p.nip}:${pen.jenis}:${pen.jabatan}:${tahun}`;
    const r = acak('skp:' + kunci);
    let status = tetap
      ? 'DISETUJUI'
      : r.pilihBobot(penilaiKode.has(j.kode) || pen.jenis !== 'UTAMA' ? SEBARAN_KEPALA : SEBARAN);
    if (!status) continue;

    // Created in the first days of the year (or of the period), after the penilai submitted his.
    const tglBuat = periode.mulai > `${tahun}-01-02` ? periode.mulai : `${tahun}-01-02`;
    const sebagaiPemilik = pen.jenis === 'UTAMA' ? 'DEFINITIF' : pen.jenis;
    const penilai = penilaiDari(p.nip, pen.jabatan, tglBuat);
    const atasan = penilai
      ? penilaiDari(
          String(penilai.pegawaiId),
          penilai.sebagai === 'DEFINITIF'
            ? utamaPada(String(penilai.pegawaiId), tglBuat)?.jabatan
            : String(penilai.jabatanId),
          tglBuat,
        )
      : null;
    const skpAtasan = penilai ? skpPerPemangku.get(`${penilai.pegawaiId}|${penilai.jabatanId}`) : null;
    const jenis = jenisSkpDari(j);
    const bolehCascade =
      !!skpAtasan && STATUS_RHK_ATASAN_BOLEH.includes(skpAtasan.status) && skpAtasan.rhkUtama.length > 0;

    let tBuat = majuKerja(pada(tglBuat, 7 * 60 + 30), r.bulat(0, 10) + r.angka());
    if (skpAtasan && skpAtasan.tAjukan)
      tBuat = Math.max(tBuat, majuKerja(skpAtasan.tAjukan, r.bulat(1, 20) + r.angka()));
    // A JA/JF plan needs the penilai's submitted RHK before its own RHK UTAMA: without them it stays an empty draft.
    const tanpaRhk = jenis !== 'JPT' && !bolehCascade;
    if (tanpaRhk) status = 'DRAFT';
    if (tanpaRhk) tanpaRhkN++;
    const tAjukan = status === 'DRAFT' ? null : majuKerja(tBuat, r.bulat(2, 24) + r.angka());
    const tPutus =
      status === 'DISETUJUI' || status === 'DITOLAK' ? majuKerja(tAjukan, r.bulat(3, 40) + r.angka()) : null;
    if (tBuat > kiniMs) continue;
    if (tAjukan && tAjukan > kiniMs) status = 'DRAFT';
    else if (tPutus && tPutus > kiniMs) status = 'DIAJUKAN';

    const docId = idDokumen('skp:' + kunci);
    const s = {
      kunci,
      documentId: docId,
      pegawai: p.nip,
      penugasan: indeksPenugasan.get(pen),
      penugasanJenis: pen.jenis,
      tahun,
      periode_mulai: periode.mulai,
      periode_akhir: periode.akhir,
      jenis,
      pendekatan: 'KUANTITATIF',
      status,
      lampiran: LAMPIRAN_KOSONG,
      catatan_penolakan: null,
      peringatan: [],
      ...awali('pegawai', snapshot(p.nip, pen.jabatan, pen.jenis === 'PLT' ? 'PLT' : null)),
      penilai: penilai ? String(penilai.pegawaiId) : null,
      ...(penilai
        ? {
            ...awali('penilai', snapshot(String(penilai.pegawaiId), String(penilai.jabatanId), penilai.sebagai)),
            penilai_sebagai: penilai.sebagai,
          }
        : {}),
      ...(atasan
        ? {
            ...awali('atasan_penilai', snapshot(String(atasan.pegawaiId), String(atasan.jabatanId), atasan.sebagai)),
            atasan_penilai_sebagai: atasan.sebagai,
          }
        : {}),
      rhkUtama: [],
      tAjukan: status === 'DRAFT' ? null : tAjukan,
    };
    if (status === 'DITOLAK') s.catatan_penolakan = r.pilih(D.CATATAN_TOLAK);
    skp.push(s);
    skpPerPemangku.set(`${p.nip}|${pen.jabatan}`, s);

    // RHK and IKI
    if (!tanpaRhk) {
      const konteks = {
        j,
        opd: opdByKode.get(j.opd),
        unit: s.pegawai_unit,
        tetap: tetap ? (pen.jenis === 'PLT' ? (j.tag === 'KABID_PERSANDIAN' ? 'PLT_PERSANDIAN' : null) : p.nip) : null,
      };
      const rencanaRhk = D.rhkUntuk(konteks, jenis, r);
      const ikiSkp = [];
      rencanaRhk.forEach((x, n) => {
        const urutanJenis = rencanaRhk.slice(0, n).filter((y) => y.jenis === x.jenis).length + 1;
        const rd = idDokumen(`rhk:${kunci}:${n + 1}`);
        let atasanRhk = null;
        if (x.jenis === 'UTAMA' && jenis !== 'JPT' && bolehCascade) {
          const pilihan = skpAtasan.rhkUtama;
          atasanRhk =
            x.atasanKe != null
              ? pilihan[Math.min(x.atasanKe, pilihan.length - 1)]
              : pilihan[(n + r.bulat(0, pilihan.length - 1)) % pilihan.length];
        }
        const perspektif =
          jenis === 'JPT' && x.jenis === 'UTAMA' ? (x.perspektif ?? D.PERSPEKTIF[n % D.PERSPEKTIF.length]) : null;
        const cek = periksaRhk(jenis, {
          jenis: x.jenis,
          rhkAtasan: atasanRhk ? atasanRhk.documentId : null,
          perspektif,
        });
        if (!cek.ok) throw new Error(`RHK demo melanggar aturan (${cek.kode}) pada SKP ${kunci}`);
        const row = {
          documentId: rd,
          skp: docId,
          jenis: x.jenis,
          uraian: x.uraian,
          urutan: urutanJenis,
          rhk_atasan: atasanRhk ? atasanRhk.documentId : null,
          perspektif: cek.perspektif,
          is_sasaran_prioritas: !!x.prioritas,
          terdapat_inovasi: !!x.inovasi,
          inovasi: x.inovasi ?? null,
          is_perintah_walikota: !!x.perintahWalikota,
        };
        rhk.push(row);
        if (x.jenis === 'UTAMA') s.rhkUtama.push(row);
        x.iki.forEach((k, m) => {
          const t = uraiTarget(k.target);
          if (!t.ok) throw new Error(`Target IKI demo tidak valid: ${k.target}`);
          const ir = {
            documentId: idDokumen(`iki:${kunci}:${n + 1}:${m + 1}`),
            rhk: rd,
            uraian: k.uraian,
            aspek: k.aspek,
            target_teks: t.teks,
            target_min: t.min,
            target_max: t.max,
            satuan: k.satuan,
            polaritas: k.polaritas ?? 'NAIK',
            sifat_target: 'NON_KUMULATIF',
            urutan: m + 1,
            disembunyikan: false,
            duplikat_dari: null,
          };
          iki.push(ir);
          ikiSkp.push(ir);
        });
      });
      // Duplicate marks exactly as rencana.tandaiDuplikat (insertion order = id order).
      const { tanda, kelompok } = tandaDuplikat(
        ikiSkp.map((i) => ({
          id: i.documentId,
          uraian: i.uraian,
          targetMin: Number(i.target_min),
          targetMax: Number(i.target_max),
          satuan: i.satuan,
        })),
      );
      for (const i of ikiSkp) {
        const t = tanda.get(i.documentId);
        i.disembunyikan = t.disembunyikan;
        i.duplikat_dari = t.duplikatDari;
      }
      s.peringatan = kelompok
        .filter((g) => g.konflik)
        .map((g) => ({
          kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK',
          indikator: [g.utama, ...g.tersembunyi].map((x) => String(x.id)),
          pesan: `Indikator "${g.utama.uraian}" ganda dengan target atau satuan berbeda.`,
        }));
      if (s.peringatan.length && status === 'DISETUJUI')
        throw new Error(`SKP demo ${kunci} disetujui dengan indikator ganda berkonflik`);
    }

    // Ekspektasi perilaku, written by the penilai once the plan is submitted.
    if (penilai && status !== 'DRAFT') {
      for (const kode of D.KODE_BERAKHLAK) {
        ekspektasi.push({
          documentId: idDokumen(`ekspektasi:${kunci}:${kode}`),
          skp: docId,
          kode,
          ekspektasi: r.pilih(D.EKSPEKTASI[kode]),
          diisi_oleh_nip: String(penilai.pegawaiId),
        });
      }
    }

    // History: BUAT, AJUKAN, then SETUJUI or TOLAK (the app's rows: owner in the capacity of the penugasan, penilai in his).
    const pemilik = { nip: p.nip, nama: namaLengkap(p) };
    const hakim = penilai
      ? { nip: s.penilai_nip, nama: s.penilai_nama, sebagai: penilai.sebagai }
      : { nip: 'admin', nama: 'admin', sebagai: 'ADMIN' };
    const baris = (n, dari, ke, aksi, aktor, sebagai, waktu, catatan = null) =>
      riwayat.push({
        documentId: idDokumen(`riwayat-validasi:${kunci}:${n}`),
        objek_tipe: 'SKP',
        objek_id: docId,
        skp: docId,
        dari,
        ke,
        aksi,
        aktor_nip: aktor.nip,
        aktor_nama: aktor.nama,
        bertindak_sebagai: sebagai,
        catatan,
        waktu: new Date(waktu),
      });
    baris(1, null, 'DRAFT', 'BUAT', pemilik, sebagaiPemilik, tBuat);
    if (status !== 'DRAFT') baris(2, 'DRAFT', 'DIAJUKAN', 'AJUKAN', pemilik, sebagaiPemilik, tAjukan);
    const catatanAdmin = penilai
      ? null
      : 'Alasan admin: Pejabat penilai Sekretaris Daerah adalah Wali Kota (bukan pengguna aplikasi).';
    if (status === 'DISETUJUI')
      baris(3, 'DIAJUKAN', 'DISETUJUI', 'SETUJUI', hakim, hakim.sebagai, tPutus, catatanAdmin);
    if (status === 'DITOLAK')
      baris(
        3,
        'DIAJUKAN',
        'DITOLAK',
        'TOLAK',
        hakim,
        hakim.sebagai,
        tPutus,
        [s.catatan_penolakan, catatanAdmin].filter(Boolean).join('\n'),
      );
  }
  return { tahun, skp, rhk, iki, ekspektasi, riwayat, tanpaRhk: tanpaRhkN };
}

const awali = (awal, s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [`${awal}_${k}`, v]));

/** Writes the SKP plan (inside the caller's transaction). `pegId(nip)`, `penId(index)` give the database ids. */
async function tulisSkp(strapi, w, rencanaSkp, { pegId, penId, sekarang }) {
  const jejak = { createdAt: sekarang, updatedAt: sekarang, publishedAt: sekarang };
  const json = (v) => (v == null ? null : JSON.stringify(v));
  const SNAP = ['nip', 'nama', 'jabatan', 'unit', 'golongan'];
  const idSkp = await w.sisip(
    UID.skp,
    rencanaSkp.skp.map((s) => {
      const o = {
        documentId: s.documentId,
        tahun: s.tahun,
        periode_mulai: s.periode_mulai,
        periode_akhir: s.periode_akhir,
        kunci_unik: kunciUnikSkp(pegId(s.pegawai), penId(s.penugasan), s.tahun),
        jenis: s.jenis,
        pendekatan: s.pendekatan,
        status: s.status,
        penilai_sebagai: s.penilai_sebagai ?? null,
        atasan_penilai_sebagai: s.atasan_penilai_sebagai ?? null,
        lampiran: json(s.lampiran),
        catatan_penolakan: s.catatan_penolakan,
        peringatan: json(s.peringatan),
        ...jejak,
      };
      for (const a of ['pegawai', 'penilai', 'atasan_penilai'])
        for (const k of SNAP) o[`${a}_${k}`] = s[`${a}_${k}`] ?? null;
      return o;
    }),
  );
  const sId = (d) => idSkp.get(d);
  await w.tautkan(
    UID.skp,
    'pegawai',
    rencanaSkp.skp.map((s) => [sId(s.documentId), pegId(s.pegawai)]),
  );
  await w.tautkan(
    UID.skp,
    'penugasan',
    rencanaSkp.skp.map((s) => [sId(s.documentId), penId(s.penugasan)]),
  );
  await w.tautkan(
    UID.skp,
    'penilai_pegawai',
    rencanaSkp.skp.filter((s) => s.penilai).map((s) => [sId(s.documentId), pegId(s.penilai)]),
  );

  const idRhk = await w.sisip(
    UID.rhk,
    rencanaSkp.rhk.map((x) => ({
      documentId: x.documentId,
      jenis: x.jenis,
      uraian: x.uraian,
      urutan: x.urutan,
      perspektif: x.perspektif,
      status_revisi: null,
      catatan_penolakan: null,
      is_sasaran_prioritas: x.is_sasaran_prioritas,
      terdapat_inovasi: x.terdapat_inovasi,
      inovasi: json(x.inovasi),
      is_perintah_walikota: x.is_perintah_walikota,
      ...jejak,
    })),
  );
  const rId = (d) => idRhk.get(d);
  await w.tautkan(
    UID.rhk,
    'skp',
    rencanaSkp.rhk.map((x) => [rId(x.documentId), sId(x.skp)]),
  );
  await w.tautkan(
    UID.rhk,
    'rhk_atasan',
    rencanaSkp.rhk.filter((x) => x.rhk_atasan).map((x) => [rId(x.documentId), rId(x.rhk_atasan)]),
  );

  const idIki = await w.sisip(
    UID.iki,
    rencanaSkp.iki.map((i) => ({
      documentId: i.documentId,
      uraian: i.uraian,
      aspek: i.aspek,
      target_teks: i.target_teks,
      target_min: i.target_min,
      target_max: i.target_max,
      satuan: i.satuan,
      polaritas: i.polaritas,
      sifat_target: i.sifat_target,
      urutan: i.urutan,
      disembunyikan: i.disembunyikan,
      duplikat_dari: i.duplikat_dari,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.iki,
    'rhk',
    rencanaSkp.iki.map((i) => [idIki.get(i.documentId), rId(i.rhk)]),
  );

  const idEks = await w.sisip(
    UID.ekspektasi,
    rencanaSkp.ekspektasi.map((e) => ({
      documentId: e.documentId,
      kode: e.kode,
      ekspektasi: e.ekspektasi,
      diisi_oleh_nip: e.diisi_oleh_nip,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.ekspektasi,
    'skp',
    rencanaSkp.ekspektasi.map((e) => [idEks.get(e.documentId), sId(e.skp)]),
  );

  const idRw = await w.sisip(
    UID.riwayat,
    rencanaSkp.riwayat.map((x) => ({
      documentId: x.documentId,
      objek_tipe: x.objek_tipe,
      objek_id: x.objek_id,
      dari: x.dari,
      ke: x.ke,
      aksi: x.aksi,
      aktor_nip: x.aktor_nip,
      aktor_nama: x.aktor_nama,
      bertindak_sebagai: x.bertindak_sebagai,
      catatan: x.catatan,
      waktu: x.waktu,
      ...jejak,
    })),
  );
  await w.tautkan(
    UID.riwayat,
    'skp',
    rencanaSkp.riwayat.map((x) => [idRw.get(x.documentId), sId(x.skp)]),
  );
}

/** Counts for the seed summary. */
function ringkasanSkp(r) {
  const per = (st) => r.skp.filter((s) => s.status === st).length;
  return {
    skp: r.skp.length,
    skp_disetujui: per('DISETUJUI'),
    skp_diajukan: per('DIAJUKAN'),
    skp_draft: per('DRAFT'),
    skp_ditolak: per('DITOLAK'),
    rhk: r.rhk.length,
    iki: r.iki.length,
    ekspektasi_perilaku: r.ekspektasi.length,
    riwayat_validasi: r.riwayat.length,
    skp_menunggu_rhk_atasan: r.tanpaRhk,
  };
}

module.exports = { rencanakanSkp, tulisSkp, ringkasanSkp, UID_KINERJA: UID };
