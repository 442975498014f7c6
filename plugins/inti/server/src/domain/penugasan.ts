/**
 * Penugasan (holding of a jabatan) rules over plain data. Dates are ISO strings YYYY-MM-DD;
 * tmtAkhir null means open-ended. A penugasan is active on D when tmtMulai ≤ D and (tmtAkhir is null or D ≤ tmtAkhir).
 */
export type JenisPenugasan = 'UTAMA' | 'PLT' | 'PLH' | 'PJ';

export interface PenugasanData {
  id?: string | number;
  pegawaiId: string | number;
  jabatanId: string | number;
  jenis: JenisPenugasan;
  tmtMulai: string;
  tmtAkhir?: string | null;
}

/** Kinds of which a pegawai may hold at most one at any date. */
export const JENIS_TUNGGAL: readonly JenisPenugasan[] = ['UTAMA', 'PLT'];

export const aktifPada = (p: Pick<PenugasanData, 'tmtMulai' | 'tmtAkhir'>, tanggal: string): boolean =>
  p.tmtMulai <= tanggal && (p.tmtAkhir == null || tanggal <= p.tmtAkhir);

export const bertumpuk = (
  a: Pick<PenugasanData, 'tmtMulai' | 'tmtAkhir'>,
  b: Pick<PenugasanData, 'tmtMulai' | 'tmtAkhir'>,
): boolean => a.tmtMulai <= (b.tmtAkhir ?? '9999-12-31') && b.tmtMulai <= (a.tmtAkhir ?? '9999-12-31');

/**
 * The same rule as `bertumpuk`, as a filter on penugasan rows (query engine / Document Service syntax):
 * rows overlapping [mulai, akhir]. Active on one date D: `filterPenugasanBertumpuk(D)`.
 */
export const filterPenugasanBertumpuk = (mulai: string, akhir: string = mulai) => ({
  tmt_mulai: { $lte: akhir },
  $or: [{ tmt_akhir: { $null: true } }, { tmt_akhir: { $gte: mulai } }],
});

export type PelanggaranPenugasan =
  | { kode: 'PENUGASAN_TANGGAL'; field: 'tmt_akhir'; pesan: string }
  | {
      kode: 'PENUGASAN_UTAMA_GANDA' | 'PENUGASAN_PLT_GANDA';
      field: 'tmt_mulai';
      pesan: string;
      bentrokDengan: string | number | undefined;
    }
  | { kode: 'PENUGASAN_JABATAN_TERISI'; field: 'jabatan'; pesan: string; bentrokDengan: string | number | undefined };

/** Structural posts have one definitive holder; pelaksana and JF posts may have many (formasi). */
export const JENJANG_TUNGGAL = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] as const;

/**
 * Checks a new or changed penugasan against the pegawai's others (and, for a single-holder post,
 * the jabatan's other definitive holders).
 * Returns the first violation or null.
 */
export function periksaPenugasan(
  baru: PenugasanData,
  milikPegawai: PenugasanData[],
  pemegangJabatan: PenugasanData[] = [],
  opsi: { jabatanTunggal?: boolean } = {},
): PelanggaranPenugasan | null {
  if (baru.tmtAkhir != null && baru.tmtAkhir < baru.tmtMulai) {
    return {
      kode: 'PENUGASAN_TANGGAL',
      field: 'tmt_akhir',
      pesan: `TMT akhir (${baru.tmtAkhir}) tidak boleh sebelum TMT mulai (${baru.tmtMulai}).`,
    };
  }
  if (JENIS_TUNGGAL.includes(baru.jenis)) {
    const lain = milikPegawai.find((p) => p.id !== baru.id && p.jenis === baru.jenis && bertumpuk(p, baru));
    if (lain) {
      const label = baru.jenis === 'UTAMA' ? 'definitif (UTAMA)' : 'Plt';
      return {
        kode: baru.jenis === 'UTAMA' ? 'PENUGASAN_UTAMA_GANDA' : 'PENUGASAN_PLT_GANDA',
        field: 'tmt_mulai',
        pesan: `Pegawai sudah memiliki penugasan ${label} aktif pada rentang ${lain.tmtMulai} s.d. ${lain.tmtAkhir ?? 'sekarang'}; akhiri dulu penugasan itu.`,
        bentrokDengan: lain.id,
      };
    }
  }
  if (baru.jenis === 'UTAMA' && opsi.jabatanTunggal) {
    const pemegang = pemegangJabatan.find(
      (p) =>
        p.id !== baru.id && p.jenis === 'UTAMA' && String(p.pegawaiId) !== String(baru.pegawaiId) && bertumpuk(p, baru),
    );
    if (pemegang) {
      return {
        kode: 'PENUGASAN_JABATAN_TERISI',
        field: 'jabatan',
        pesan: `Jabatan ini sudah dipegang secara definitif oleh pegawai lain pada rentang ${pemegang.tmtMulai} s.d. ${pemegang.tmtAkhir ?? 'sekarang'}.`,
        bentrokDengan: pemegang.id,
      };
    }
  }
  return null;
}
