import type {
  AksiTarik,
  ButirRencana,
  DataEkak,
  IkiLokal,
  JejakTarik,
  JenisButir,
  LokalTarik,
  MasalahTarik,
  PerubahanBidang,
  RencanaTarik,
  RenaksiLokal,
  RhkEkak,
  RhkLokal,
  SkpLokal,
} from './jenis';

/**
 * What a pull would do (dry run and apply alike), per record: BUAT, UBAH, TETAP or KONFLIK with the fields old →
 * new. A field is compared three ways: M-SKP's value, eKAK's, and the value at the last pull (`ekak_tarik`):
 * - equal to eKAK's: nothing to do;
 * - M-SKP's still the value of the last pull: eKAK changed it, it is updated (UBAH);
 * - M-SKP's changed since the last pull: KONFLIK, kept and listed, unless an admin already kept M-SKP's value
 *   against this very eKAK value (`dipertahankan`);
 * - never pulled (no `ekak_tarik`): `tanpaJejak` decides, by default KONFLIK (nothing typed in M-SKP is overwritten
 *   on a first pull); `UBAH` takes eKAK's value (a city adopting eKAK as the source).
 * A KONFLIK record is not written at all. On an approved SKP, BUAT/UBAH are a revision proposal of the RHK.
 * A NIP unknown to M-SKP is a problem, never created; so is a pegawai with no SKP of the year.
 */
export interface OpsiRencanaTarik {
  tanpaJejak?: 'KONFLIK' | 'UBAH';
}

export const BARU = 'baru:';

/** Key order and number types folded, so that a value read back from the database compares equal. */
export function kanonik(v: unknown): string {
  return JSON.stringify(urut(v));
}
function urut(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(urut);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, urut((v as Record<string, unknown>)[k])]),
    );
  return v === undefined ? null : v;
}
const sama = (a: unknown, b: unknown) => kanonik(a) === kanonik(b);

/** The comparable form of each pulled field (M-SKP's json and bigint columns come back loosely typed). */
const NORMAL: Record<string, (v: unknown) => unknown> = {
  inovasi: (v) => {
    if (!v || typeof v !== 'object') return null;
    const o = v as Record<string, unknown>;
    return {
      judul: o.judul ?? null,
      manfaat: o.manfaat ?? null,
      tahap: o.tahap ?? null,
      deskripsi: o.deskripsi ?? null,
    };
  },
  target: (v) =>
    (Array.isArray(v) ? (v as { bulan: unknown; nilai: unknown }[]) : [])
      .map((t) => ({ bulan: Number(t.bulan), nilai: Number(t.nilai) }))
      .sort((a, b) => a.bulan - b.bulan),
  anggaran: (v) => (v == null || v === '' ? null : Number(v)),
  is_sasaran_prioritas: (v) => !!v,
  terdapat_inovasi: (v) => !!v,
  is_perintah_walikota: (v) => !!v,
  sebagai_rtp: (v) => !!v,
  urutan: (v) => Number(v),
};
export const normalBidang = (bidang: string, v: unknown) => (NORMAL[bidang] ? NORMAL[bidang](v) : (v ?? null));

/** Folds case, spacing and punctuation: a sasaran typed in M-SKP finds its RHK on a first pull. */
export const normalUraian = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Banding {
  perubahan: PerubahanBidang[];
  jejak: JejakTarik;
}

/** Compares `diinginkan` (eKAK's fields, M-SKP's representation) with the record `lokal` and its last pull. */
function banding(
  diinginkan: Record<string, unknown>,
  lokal: Record<string, unknown> | null,
  jejakLama: JejakTarik | null,
  opsi: Required<OpsiRencanaTarik>,
): Banding {
  const perubahan: PerubahanBidang[] = [];
  const nilai: Record<string, unknown> = { ...(jejakLama?.nilai ?? {}) };
  for (const [bidang, mentah] of Object.entries(diinginkan)) {
    const e = normalBidang(bidang, mentah);
    nilai[bidang] = e;
    if (!lokal) {
      perubahan.push({ bidang, lama: null, baru: e, konflik: false });
      continue;
    }
    const l = normalBidang(bidang, lokal[bidang]);
    if (sama(l, e)) continue;
    const adaJejak = !!jejakLama && bidang in jejakLama.nilai;
    const s = adaJejak ? jejakLama!.nilai[bidang] : undefined;
    let konflik: boolean;
    if (!adaJejak) konflik = opsi.tanpaJejak === 'KONFLIK';
    else if (sama(l, s)) konflik = false;
    else {
      const tahan = jejakLama!.dipertahankan;
      if (tahan && bidang in tahan && sama(tahan[bidang], e)) continue;
      konflik = true;
    }
    perubahan.push({ bidang, lama: l, baru: e, konflik, ...(adaJejak ? { nilai_tarik_lalu: s } : {}) });
  }
  const jejak: JejakTarik = { nilai };
  if (jejakLama?.dipertahankan && Object.keys(jejakLama.dipertahankan).length)
    jejak.dipertahankan = jejakLama.dipertahankan;
  return { perubahan, jejak };
}

interface Konteks {
  opsi: Required<OpsiRencanaTarik>;
  butir: ButirRencana[];
  skpById: Map<string, SkpLokal>;
}

interface DasarButir {
  jenis: JenisButir;
  kunci: string;
  nip: string;
  rhk: string;
  skp: string;
  ekak: ButirRencana['ekak'];
}

/** One record's plan: the fields compared, the eKAK ids linked, the snapshot refreshed. */
function butirDari(
  k: Konteks,
  dasar: DasarButir,
  lokal: (Record<string, unknown> & { id: string; ekak_tarik: JejakTarik | null }) | null,
  diinginkan: Record<string, unknown>,
  tautan: Record<string, unknown>,
  baru: Record<string, unknown>,
): ButirRencana {
  const { perubahan, jejak } = banding(diinginkan, lokal, lokal?.ekak_tarik ?? null, k.opsi);
  const disetujui = k.skpById.get(dasar.skp)?.status === 'DISETUJUI';
  let aksi: AksiTarik;
  const tulis: Record<string, unknown> = {};
  if (!lokal) {
    aksi = 'BUAT';
    Object.assign(tulis, baru, diinginkan, tautan, { ekak_tarik: jejak });
  } else {
    aksi = perubahan.some((p) => p.konflik) ? 'KONFLIK' : perubahan.length ? 'UBAH' : 'TETAP';
    if (aksi !== 'KONFLIK') {
      for (const p of perubahan) tulis[p.bidang] = diinginkan[p.bidang];
      for (const [b, v] of Object.entries(tautan)) if (!sama(lokal[b], v)) tulis[b] = v;
      if (!sama(lokal.ekak_tarik, jejak)) tulis.ekak_tarik = jejak;
    }
  }
  const b: ButirRencana = {
    ...dasar,
    aksi,
    id: lokal ? lokal.id : BARU + dasar.kunci,
    perubahan,
    usulan_revisi: disetujui && (aksi === 'BUAT' || aksi === 'UBAH'),
    tulis,
  };
  if (dasar.jenis === 'RHK') b.rhk = b.id; // an RHK belongs to itself (its placeholder when new)
  k.butir.push(b);
  return b;
}

/** Pairs eKAK's records with M-SKP's: by eKAK id first, then the rest in order by `cocok` (text or position). */
function pasangkan<D, L extends { id: string }>(
  diinginkan: D[],
  calon: L[],
  idD: (d: D) => string,
  idL: (l: L) => string | null | undefined,
  cocok: (d: D, l: L) => boolean,
): Map<D, L | null> {
  const hasil = new Map<D, L | null>();
  const terpakai = new Set<string>();
  for (const d of diinginkan) {
    const l = calon.find((x) => idL(x) != null && idL(x) === idD(d) && !terpakai.has(x.id)) ?? null;
    if (l) terpakai.add(l.id);
    hasil.set(d, l);
  }
  for (const d of diinginkan) {
    if (hasil.get(d)) continue;
    const l = calon.find((x) => !idL(x) && !terpakai.has(x.id) && cocok(d, x)) ?? null;
    if (l) terpakai.add(l.id);
    hasil.set(d, l);
  }
  return hasil;
}

const urutanBerikut = (daftar: { urutan: number }[]) =>
  daftar.reduce((m, x) => Math.max(m, Number(x.urutan) || 0), 0) + 1;

/** The plan of pulling `diinginkan` (from `petakanEkak`) into `lokal`. Pure: same inputs, same plan. */
export function rencanaTarik(diinginkan: DataEkak, lokal: LokalTarik, opsi: OpsiRencanaTarik = {}): RencanaTarik {
  const k: Konteks = {
    opsi: { tanpaJejak: opsi.tanpaJejak ?? 'KONFLIK' },
    butir: [],
    skpById: new Map(lokal.skp.map((s) => [s.id, s])),
  };
  const masalah: MasalahTarik[] = [];
  const dikenal = new Set(lokal.pegawai);

  // RHK: pair per pegawai, then know every sasaran's M-SKP id (for the atasan links)
  const pasanganRhk = new Map<RhkEkak, { lokal: RhkLokal | null; skp: SkpLokal; urutan: number }>();
  for (const nip of [...new Set(diinginkan.nip)]) {
    const milik = diinginkan.rhk.filter((r) => r.nip === nip);
    if (!dikenal.has(nip)) {
      masalah.push({
        jenis: 'PEGAWAI_TIDAK_DIKENAL',
        nip,
        pesan: `Pegawai NIP ${nip} tidak dikenal di M-SKP: ${milik.length} sasaran eKAK-nya tidak ditarik.`,
      });
      continue;
    }
    const skp = lokal.skp.filter((s) => s.nip === nip && Number(s.tahun) === Number(diinginkan.tahun));
    const idSkp = new Set(skp.map((s) => s.id));
    const calon = lokal.rhk.filter((r) => idSkp.has(r.skp));
    const pasangan = pasangkan(
      milik,
      calon,
      (d) => d.ekak_sasaran_id,
      (l) => l.ekak_sasaran_id,
      (d, l) => normalUraian(l.uraian) === normalUraian(d.nilai.uraian),
    );
    const tujuan = skp.find((s) => s.utama) ?? skp[0];
    const baru = milik.filter((d) => !pasangan.get(d));
    if (baru.length && !tujuan) {
      masalah.push({
        jenis: 'SKP_TIDAK_ADA',
        nip,
        pesan: `Pegawai NIP ${nip} belum punya SKP tahun ${diinginkan.tahun} di M-SKP: ${baru.length} sasaran eKAK tidak ditarik.`,
      });
    }
    const urutanBaru = { UTAMA: 0, TAMBAHAN: 0 };
    for (const d of milik) {
      const l = pasangan.get(d) ?? null;
      if (l) pasanganRhk.set(d, { lokal: l, skp: k.skpById.get(l.skp)!, urutan: l.urutan });
      else if (tujuan) {
        const sejenis = calon.filter((r) => r.skp === tujuan.id && r.jenis === d.jenis);
        urutanBaru[d.jenis] = Math.max(urutanBaru[d.jenis], urutanBerikut(sejenis) - 1) + 1;
        pasanganRhk.set(d, { lokal: null, skp: tujuan, urutan: urutanBaru[d.jenis] });
      }
    }
  }
  const idRhkDariEkak = new Map<string, string>();
  for (const r of lokal.rhk) if (r.ekak_sasaran_id) idRhkDariEkak.set(r.ekak_sasaran_id, r.id);
  for (const [d, p] of pasanganRhk)
    idRhkDariEkak.set(d.ekak_sasaran_id, p.lokal ? p.lokal.id : `${BARU}sasaran:${d.ekak_sasaran_id}`);

  for (const [d, p] of pasanganRhk) {
    const kunci = `sasaran:${d.ekak_sasaran_id}`;
    const nilai: Record<string, unknown> = { ...d.nilai };
    if (d.id_sasaran_atasan !== undefined) {
      const atasan = d.id_sasaran_atasan === null ? null : idRhkDariEkak.get(d.id_sasaran_atasan);
      if (atasan === undefined)
        masalah.push({
          jenis: 'RHK_ATASAN_TIDAK_DITEMUKAN',
          nip: d.nip,
          kunci,
          pesan: `RHK atasan (sasaran eKAK ${d.id_sasaran_atasan}) dari sasaran ${d.ekak_sasaran_id} tidak ada di M-SKP: tautannya tidak diubah.`,
        });
      else nilai.rhk_atasan = atasan;
    }
    const b = butirDari(
      k,
      {
        jenis: 'RHK',
        kunci,
        nip: d.nip,
        rhk: p.lokal?.id ?? '',
        skp: p.skp.id,
        ekak: { id_sasaran: d.ekak_sasaran_id },
      },
      p.lokal as unknown as (Record<string, unknown> & RhkLokal) | null,
      nilai,
      { ekak_sasaran_id: d.ekak_sasaran_id, ekak_indikator_id: d.ekak_indikator_id },
      { skp: p.skp.id, jenis: d.jenis, urutan: p.urutan, rhk_atasan: null },
    );
    if (b.aksi === 'BUAT' && b.usulan_revisi) b.tulis.status_revisi = 'DIAJUKAN';
    rencanaAnak(k, d, b, p.lokal, diinginkan, lokal);
  }

  const butir = k.butir;
  const hitung = (a: AksiTarik) => butir.filter((b) => b.aksi === a).length;
  const usulan = new Set<string>();
  for (const b of butir) {
    if (!b.usulan_revisi) continue;
    const rhk = lokal.rhk.find((r) => r.id === b.rhk);
    if (rhk && rhk.status_revisi == null) usulan.add(rhk.id);
  }
  return {
    butir,
    jumlah: { buat: hitung('BUAT'), ubah: hitung('UBAH'), tetap: hitung('TETAP'), konflik: hitung('KONFLIK') },
    masalah,
    usulan_revisi: [...usulan],
  };
}

/** The IKI and renaksi of one sasaran, paired with those of its RHK (a new RHK has none). */
function rencanaAnak(
  k: Konteks,
  d: RhkEkak,
  rhk: ButirRencana,
  rhkLokal: RhkLokal | null,
  diinginkan: DataEkak,
  lokal: LokalTarik,
) {
  const dasar = (jenis: JenisButir, kunci: string, ekak: ButirRencana['ekak']): DasarButir => ({
    jenis,
    kunci,
    nip: d.nip,
    rhk: rhk.id,
    skp: rhk.skp,
    ekak,
  });

  const ikiD = diinginkan.iki.filter((i) => i.nip === d.nip && i.ekak_sasaran_id === d.ekak_sasaran_id);
  const ikiL: IkiLokal[] = rhkLokal
    ? lokal.iki.filter((i) => i.rhk === rhkLokal.id).sort((a, b) => a.urutan - b.urutan)
    : [];
  const pasanganIki = pasangkan(
    ikiD,
    ikiL,
    (x) => x.ekak_indikator_id,
    (l) => l.ekak_indikator_id,
    // the rest by position among the visible IKI still without an eKAK id (eKAK sends no hidden duplicate)
    (_x, l) => !l.disembunyikan,
  );
  let urutanIki = urutanBerikut(ikiL);
  for (const x of ikiD) {
    const l = pasanganIki.get(x) ?? null;
    butirDari(
      k,
      dasar('IKI', `indikator:${x.ekak_indikator_id}`, {
        id_sasaran: d.ekak_sasaran_id,
        id_indikator: x.ekak_indikator_id,
      }),
      l as unknown as (Record<string, unknown> & IkiLokal) | null,
      { ...x.nilai },
      { ekak_indikator_id: x.ekak_indikator_id },
      l ? {} : { rhk: rhk.id, urutan: urutanIki++ },
    );
  }

  const raD = diinginkan.renaksi.filter((r) => r.nip === d.nip && r.ekak_sasaran_id === d.ekak_sasaran_id);
  const raL: RenaksiLokal[] = rhkLokal
    ? lokal.renaksi.filter((r) => r.rhk === rhkLokal.id && !r.dihapus_dalam_revisi).sort((a, b) => a.urutan - b.urutan)
    : [];
  const pasanganRa = pasangkan(
    raD,
    raL,
    (x) => x.ekak_renaksi_id,
    (l) => l.ekak_renaksi_id,
    // renaksi typed in M-SKP (the mock numbers those itself) pair by position within their RHK
    () => true,
  );
  for (const x of raD) {
    const l = pasanganRa.get(x) ?? null;
    butirDari(
      k,
      dasar('RENAKSI', `renaksi:${x.ekak_renaksi_id}`, {
        id_sasaran: d.ekak_sasaran_id,
        id_renaksi: x.ekak_renaksi_id,
        id_tahapan: x.ekak_tahapan_id,
      }),
      l as unknown as (Record<string, unknown> & RenaksiLokal) | null,
      { ...x.nilai },
      { ekak_renaksi_id: x.ekak_renaksi_id, ekak_tahapan_id: x.ekak_tahapan_id },
      l
        ? {}
        : { rhk: rhk.id, tahun: diinginkan.tahun, periode: 'BULANAN', satuan: SATUAN_RENAKSI_EKAK, polaritas: 'NAIK' },
    );
  }
}

/** eKAK's monthly targets of a sasaran are progress points (domain.md §4): the unit of a renaksi it creates. */
export const SATUAN_RENAKSI_EKAK = 'poin progres';
