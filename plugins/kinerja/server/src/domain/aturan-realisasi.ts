/**
 * Refusal rules of a realisasi entry, in the order the API answers them. First the entry itself: only the
 * renaksi's owner (or an external system's token within its scope) enters it, only for an approved SKP,
 * for a month 1–12, for a renaksi in force (one added by a pending RHK revision waits), in a month with a
 * target, with a non-negative value and valid links. Then its time and evidence: at least one file or link,
 * the quarter not locked, the month begun, its input deadline not past (unless reopened), not yet checked,
 * and no more files than the policy allows.
 */
import { BOLEH, namaBulan, penolakanKunci, tolak, type Keputusan, type Penolakan } from '@m-skp/inti';
import { batasInput, bulanSudahMulai } from './capaian';
import { periksaTautan, targetPadaBulan, uraiNilai, type TargetBulan } from './renaksi';

/** The month as sent: a number, or digits in a string. */
export function uraiBulan(x: unknown): number | null {
  const bulan = typeof x === 'string' && /^\d{1,2}$/.test(x.trim()) ? Number(x) : x;
  return Number.isInteger(bulan) && (bulan as number) >= 1 && (bulan as number) <= 12 ? (bulan as number) : null;
}

export interface FaktaIsianRealisasi {
  /** the actor owns the renaksi, or comes through a token whose scope reaches its pegawai */
  pemilik: boolean;
  lewatToken: boolean;
  statusSkp: string | null;
  bulan: unknown;
  /** the renaksi in force (null: added by an RHK revision not yet approved) */
  berlaku: { target: TargetBulan[] | null } | null;
  nilai: unknown;
  buktiUrl: unknown;
  maksTautan: number;
}

export type IsianRealisasi =
  { ok: true; bulan: number; target: number; nilai: number; tautan: { url: string; nama: string }[] } | Penolakan;

/**
 * Refusals of the entry, first wins: 403 BUKAN_PEMILIK, 409 SKP_BELUM_DISETUJUI, 400 BULAN_TIDAK_VALID,
 * 409 REVISI_BELUM_DISETUJUI, 400 TANPA_TARGET, 400 NILAI_TIDAK_VALID, 400 on the links
 * (BUKTI_TERLALU_BANYAK, TAUTAN_TIDAK_VALID). Allowed: the month, its target, the value and the links.
 */
export function aturanIsianRealisasi(f: FaktaIsianRealisasi): IsianRealisasi {
  if (!f.pemilik && !f.lewatToken)
    return tolak(403, 'BUKAN_PEMILIK', 'Realisasi hanya dapat diisi oleh pemilik rencana aksi.');
  if (f.statusSkp !== 'DISETUJUI') {
    return tolak(409, 'SKP_BELUM_DISETUJUI', 'Realisasi hanya dapat diisi untuk SKP yang sudah disetujui.', undefined, {
      status_sekarang: f.statusSkp ?? null,
    });
  }
  const bulan = uraiBulan(f.bulan);
  if (bulan == null) return tolak(400, 'BULAN_TIDAK_VALID', 'Bulan harus angka 1 sampai 12.', 'bulan');
  if (!f.berlaku) {
    return tolak(
      409,
      'REVISI_BELUM_DISETUJUI',
      'Rencana aksi ini ditambahkan dalam revisi RHK yang belum disetujui pejabat penilai; ' +
        'realisasinya baru dapat diisi setelah revisi disetujui.',
      'rencana_aksi',
    );
  }
  const target = targetPadaBulan(f.berlaku.target, bulan);
  if (target == null)
    return tolak(
      400,
      'TANPA_TARGET',
      `Rencana aksi ini tidak memiliki target pada bulan ${namaBulan(bulan)}.`,
      'bulan',
    );
  const nilai = uraiNilai(f.nilai);
  if (nilai == null) {
    return tolak(
      400,
      'NILAI_TIDAK_VALID',
      'Nilai realisasi wajib diisi dengan angka tidak negatif (mis. 12 atau 12,5).',
      'nilai',
    );
  }
  const tautan = periksaTautan(f.buktiUrl, f.maksTautan);
  if (!tautan.ok) return tolak(400, tautan.kode, tautan.pesan, tautan.field);
  return { ok: true, bulan, target, nilai, tautan: tautan.nilai };
}

export interface FaktaWaktuRealisasi {
  tahun: number;
  bulan: number;
  /** today (WIB) */
  hari: string;
  /** files uploaded now, files kept from the stored realisasi, links after this entry */
  berkasBaru: number;
  berkasTetap: number;
  tautan: number;
  maksBerkas: number;
  /** the month's quarter is locked */
  terkunci: boolean;
  /** entry still open: before the deadline, or reopened by the penilai */
  inputTerbuka: boolean;
  /** the policy's deadline day of the next month */
  batasInputHari: number;
  statusLama: string | null;
}

/**
 * Refusals after the entry is read, first wins: 400 BUKTI_WAJIB (no file and no link), 423 PERIODE_TERKUNCI,
 * 409 BULAN_BELUM_BERJALAN, 409 BATAS_INPUT_TERLEWATI, 409 REALISASI_SUDAH_DIPERIKSA, 400 BUKTI_TERLALU_BANYAK.
 */
export function aturanWaktuRealisasi(f: FaktaWaktuRealisasi): Keputusan {
  const { tahun, bulan } = f;
  if (!f.berkasBaru && !f.berkasTetap && !f.tautan) {
    return tolak(
      400,
      'BUKTI_WAJIB',
      'Bukti dukung wajib dilampirkan: unggah sekurang-kurangnya satu berkas atau isi satu tautan.',
      'bukti',
    );
  }
  if (f.terkunci) return penolakanKunci(tahun, bulan);
  if (!bulanSudahMulai(tahun, bulan, f.hari)) {
    return tolak(
      409,
      'BULAN_BELUM_BERJALAN',
      `Realisasi bulan ${namaBulan(bulan)} ${tahun} baru dapat diisi mulai tanggal 1 bulan itu.`,
      'bulan',
    );
  }
  if (!f.inputTerbuka) {
    return tolak(
      409,
      'BATAS_INPUT_TERLEWATI',
      `Batas pengisian realisasi ${namaBulan(bulan)} ${tahun} adalah ${batasInput(tahun, bulan, f.batasInputHari)}. ` +
        'Minta pejabat penilai membuka kembali pengisian.',
      'bulan',
    );
  }
  if (f.statusLama === 'CHECKED') {
    return tolak(
      409,
      'REALISASI_SUDAH_DIPERIKSA',
      'Realisasi bulan ini sudah diperiksa pejabat penilai dan tidak dapat diubah.',
      'bulan',
    );
  }
  if (f.berkasBaru > f.maksBerkas - f.berkasTetap) {
    return tolak(
      400,
      'BUKTI_TERLALU_BANYAK',
      `Paling banyak ${f.maksBerkas} berkas bukti per realisasi (sudah ada ${f.berkasTetap}).`,
      'bukti',
    );
  }
  return BOLEH;
}

/** 409 REALISASI_BERSAMAAN: two first entries of the same month at once; the unique index kept the other. */
export const penolakanRealisasiBersamaan = (bulan: number): Penolakan =>
  tolak(
    409,
    'REALISASI_BERSAMAAN',
    `Realisasi bulan ${namaBulan(bulan)} untuk rencana aksi ini baru saja disimpan oleh permintaan lain. Muat ulang lalu ubah bila perlu.`,
    'bulan',
  );

/** 403 BUKAN_PENILAI unless the actor is the pegawai's penilai in the month (Plt included) or Admin BKPSDM. */
export function aturanPemeriksaRealisasi(aktorPenilai: boolean, admin: boolean): Keputusan {
  if (aktorPenilai || admin) return BOLEH;
  return tolak(
    403,
    'BUKAN_PENILAI',
    'Hanya pejabat penilai pegawai ini (termasuk Plt) yang dapat memeriksa realisasinya.',
  );
}

/** 400 TANGGAL_TIDAK_VALID when a reopening of entry would end before today. */
export function aturanBukaInput(sampai: string, hari: string): Keputusan {
  if (sampai < hari)
    return tolak(400, 'TANGGAL_TIDAK_VALID', 'Tanggal akhir pembukaan tidak boleh sebelum hari ini.', 'sampai');
  return BOLEH;
}
