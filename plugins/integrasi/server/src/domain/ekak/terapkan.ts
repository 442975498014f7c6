import type { IkiLokal, JenisButir, LokalTarik, RencanaTarik, RenaksiLokal, RhkLokal } from './jenis';

/** One row the service writes: create (`id` the plan's `baru:` placeholder) or update (`data` only the changed columns). */
export interface TulisanTarik {
  jenis: JenisButir;
  aksi: 'BUAT' | 'UBAH';
  id: string;
  data: Record<string, unknown>;
}

export interface HasilTerapkan {
  /** M-SKP as it is after the apply (what the next plan reads) */
  lokal: LokalTarik;
  /** RHK first, then IKI, then renaksi: a new IKI or renaksi names its new RHK by placeholder */
  tulisan: TulisanTarik[];
  /** existing RHK reopened as a revision proposal: the service freezes their approved version first */
  usulan_revisi: string[];
}

const URUTAN_JENIS: Record<JenisButir, number> = { RHK: 0, IKI: 1, RENAKSI: 2 };

/**
 * Applies a plan to plain data: every non-KONFLIK record with something to write (`tulis`), new records under
 * the plan's placeholders, and `status_revisi: DIAJUKAN` on the RHK of an approved SKP that the pull changes.
 * The service turns `tulisan` into its writes, in one transaction; planning `lokal` again finds only TETAP.
 */
export function terapkanRencana(lokal: LokalTarik, rencana: RencanaTarik): HasilTerapkan {
  const rhk = new Map(lokal.rhk.map((r) => [r.id, { ...r }]));
  const iki = new Map(lokal.iki.map((r) => [r.id, { ...r }]));
  const renaksi = new Map(lokal.renaksi.map((r) => [r.id, { ...r }]));
  const tulisan: TulisanTarik[] = [];
  const tabel = { RHK: rhk, IKI: iki, RENAKSI: renaksi } as Record<JenisButir, Map<string, Record<string, unknown>>>;

  const butir = [...rencana.butir].sort((a, b) => URUTAN_JENIS[a.jenis] - URUTAN_JENIS[b.jenis]);
  for (const b of butir) {
    if (b.aksi === 'KONFLIK' || !Object.keys(b.tulis).length) continue;
    const t = tabel[b.jenis];
    if (b.aksi === 'BUAT') {
      const dasar =
        b.jenis === 'RHK'
          ? { status_revisi: null, ekak_indikator_id: null }
          : b.jenis === 'IKI'
            ? { disembunyikan: false }
            : { dihapus_dalam_revisi: null };
      t.set(b.id, { id: b.id, ...dasar, ...b.tulis });
      tulisan.push({ jenis: b.jenis, aksi: 'BUAT', id: b.id, data: { ...b.tulis } });
    } else {
      const lama = t.get(b.id);
      if (!lama) throw new Error(`Rencana tarik eKAK menyebut ${b.jenis} ${b.id} yang tidak ada di data lokal.`);
      t.set(b.id, { ...lama, ...b.tulis });
      tulisan.push({ jenis: b.jenis, aksi: 'UBAH', id: b.id, data: { ...b.tulis } });
    }
  }
  for (const id of rencana.usulan_revisi) {
    const r = rhk.get(id);
    if (!r || r.status_revisi != null) continue;
    r.status_revisi = 'DIAJUKAN';
    const ada = tulisan.find((x) => x.jenis === 'RHK' && x.id === id);
    if (ada) ada.data.status_revisi = 'DIAJUKAN';
    else
      tulisan.splice(tulisan.filter((x) => x.jenis === 'RHK').length, 0, {
        jenis: 'RHK',
        aksi: 'UBAH',
        id,
        data: { status_revisi: 'DIAJUKAN' },
      });
  }
  return {
    lokal: {
      ...lokal,
      rhk: [...rhk.values()] as RhkLokal[],
      iki: [...iki.values()] as unknown as IkiLokal[],
      renaksi: [...renaksi.values()] as unknown as RenaksiLokal[],
    },
    tulisan,
    usulan_revisi: [...rencana.usulan_revisi],
  };
}
