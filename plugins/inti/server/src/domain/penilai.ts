/**
 * Who holds a post, and who rates whom, at a date: pure functions over plain data.
 *
 * domain.md §2: Pelaksana ← Pengawas ← Administrator ← Kepala OPD (JPT Pratama) ← Sekda ← Wali Kota
 * (not a pegawai). JF are rated by the nearest structural superior. A vacant post is passed over
 * (the next holder up rates), and an acting holder (Plt/Plh/Pj) rates in the post's name.
 */
import { aktifPada, type JenisPenugasan } from './penugasan';

export type Id = string | number;
export type BertindakSebagai = 'DEFINITIF' | 'PLT' | 'PLH' | 'PJ';

export interface JabatanNode {
  id: Id;
  atasanId: Id | null;
  jenis: 'JPT' | 'JA' | 'JF';
  nama?: string;
}

export interface PemangkuData {
  pegawaiId: Id;
  jabatanId: Id;
  jenis: JenisPenugasan;
  tmtMulai: string;
  tmtAkhir?: string | null;
}

export interface Pemangku {
  pegawaiId: Id;
  jabatanId: Id;
  sebagai: BertindakSebagai;
}

/** Precedence when a post has several holders at once: the definitive holder first. */
export const URUTAN_PEMANGKU: readonly JenisPenugasan[] = ['UTAMA', 'PJ', 'PLT', 'PLH'];

export const sebagaiDari = (jenis: JenisPenugasan): BertindakSebagai => (jenis === 'UTAMA' ? 'DEFINITIF' : jenis);

/** The holder of a post at a date (definitive before Pj before Plt before Plh), or null when vacant. */
export function pemangkuPada(jabatanId: Id, penugasan: PemangkuData[], tanggal: string): Pemangku | null {
  const aktif = penugasan.filter((p) => String(p.jabatanId) === String(jabatanId) && aktifPada(p, tanggal));
  aktif.sort(
    (a, b) => URUTAN_PEMANGKU.indexOf(a.jenis) - URUTAN_PEMANGKU.indexOf(b.jenis) || (a.tmtMulai < b.tmtMulai ? 1 : -1),
  );
  const p = aktif[0];
  return p ? { pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, sebagai: sebagaiDari(p.jenis) } : null;
}

/** The definitive post of a pegawai at a date (null when none). */
export function jabatanUtamaPada(pegawaiId: Id, penugasan: PemangkuData[], tanggal: string): Id | null {
  const p = penugasan.find(
    (x) => String(x.pegawaiId) === String(pegawaiId) && x.jenis === 'UTAMA' && aktifPada(x, tanggal),
  );
  return p ? p.jabatanId : null;
}

/**
 * The penilai of whoever holds `jabatanId`, at `tanggal`: walk up the atasan chain, skipping JF posts,
 * vacant posts and posts held by the rated pegawai himself. Null at the top (Wali Kota rates Sekda).
 */
export function penilaiPada(
  jabatanId: Id,
  jabatan: Map<string, JabatanNode>,
  penugasan: PemangkuData[],
  tanggal: string,
  dinilaiPegawaiId?: Id,
): Pemangku | null {
  const dilihat = new Set<string>([String(jabatanId)]);
  let node = jabatan.get(String(jabatanId));
  while (node && node.atasanId != null) {
    const atasanKey = String(node.atasanId);
    if (dilihat.has(atasanKey)) return null; // a cycle in the tree: refuse to guess
    dilihat.add(atasanKey);
    const atasan = jabatan.get(atasanKey);
    if (!atasan) return null;
    if (atasan.jenis !== 'JF') {
      const pemangku = pemangkuPada(atasan.id, penugasan, tanggal);
      if (pemangku && (dinilaiPegawaiId == null || String(pemangku.pegawaiId) !== String(dinilaiPegawaiId))) {
        return pemangku;
      }
    }
    node = atasan;
  }
  return null;
}

/** All posts below the given roots (not the roots themselves), breadth first, cycle-safe. */
export function subpohon(akar: Id[], jabatan: Iterable<JabatanNode>): Set<string> {
  const anak = new Map<string, string[]>();
  for (const j of jabatan) {
    if (j.atasanId == null) continue;
    const k = String(j.atasanId);
    const list = anak.get(k);
    if (list) list.push(String(j.id));
    else anak.set(k, [String(j.id)]);
  }
  const hasil = new Set<string>();
  const antre = akar.map(String);
  const awal = new Set(antre);
  while (antre.length) {
    const k = antre.shift() as string;
    for (const c of anak.get(k) ?? []) {
      if (!hasil.has(c) && !awal.has(c)) {
        hasil.add(c);
        antre.push(c);
      }
    }
  }
  return hasil;
}
