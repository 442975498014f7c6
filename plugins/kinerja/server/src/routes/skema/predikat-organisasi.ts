import { z } from 'zod';
import { PREDIKAT_ORGANISASI } from '../../domain/predikat';
import { ALASAN_MINIMAL } from '../../domain/predikat-organisasi';

/** Request schemas of the organisation predikat routes (unknown keys stripped: no status, override or signer from a body). */
const periode = {
  kode_opd: z.string().trim().min(1).max(40),
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(12),
};
const alasan = z.string().trim().min(ALASAN_MINIMAL, `alasan sekurang-kurangnya ${ALASAN_MINIMAL} karakter`).max(2000);
export const skemaPeriodeOpd = z.object(periode);
export const skemaTetapkan = z.object({ ...periode, predikat: z.enum(PREDIKAT_ORGANISASI), alasan });
export const skemaOverride = z.object({ ...periode, alasan });
