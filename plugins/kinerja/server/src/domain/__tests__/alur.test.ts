/**
 * The SKP workflow table (only the owner edits and submits; only the penilai, or an admin with a reason,
 * approves or rejects): every status × action × actor standing, with the expected new
 * state or the refusal (HTTP status + stable code). Checks run in order: right (403), state (409),
 * content (400).
 */
import { putuskan, STATUS_SKP, type Aksi, type Pelaku, type StatusSkp, type StatusRevisi } from '../alur';

const PELAKU: Record<string, Pelaku> = {
  pemilik: { pemilik: true, penilai: false, adminBkpsdm: false },
  penilai: { pemilik: false, penilai: true, adminBkpsdm: false },
  lain: { pemilik: false, penilai: false, adminBkpsdm: false },
  admin: { pemilik: false, penilai: false, adminBkpsdm: true },
  // an Admin BKPSDM who owns the SKP still cannot approve it
  adminPemilik: { pemilik: true, penilai: false, adminBkpsdm: true },
};
type Siapa = keyof typeof PELAKU;

/** expected: new status, or [http, code] */
type Hasil = StatusSkp | [number, string];
const SKP: Record<'UBAH' | 'AJUKAN' | 'SETUJUI' | 'TOLAK', Record<StatusSkp, Partial<Record<Siapa, Hasil>>>> = {
  UBAH: {
    DRAFT: {
      pemilik: 'DRAFT',
      penilai: [403, 'BUKAN_PEMILIK'],
      lain: [403, 'BUKAN_PEMILIK'],
      admin: [403, 'BUKAN_PEMILIK'],
    },
    DIAJUKAN: {
      pemilik: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      penilai: [403, 'BUKAN_PEMILIK'],
      lain: [403, 'BUKAN_PEMILIK'],
      admin: [403, 'BUKAN_PEMILIK'],
    },
    DISETUJUI: {
      pemilik: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      penilai: [403, 'BUKAN_PEMILIK'],
      lain: [403, 'BUKAN_PEMILIK'],
      admin: [403, 'BUKAN_PEMILIK'],
    },
    DITOLAK: {
      pemilik: 'DITOLAK',
      penilai: [403, 'BUKAN_PEMILIK'],
      lain: [403, 'BUKAN_PEMILIK'],
      admin: [403, 'BUKAN_PEMILIK'],
    },
  },
  AJUKAN: {
    DRAFT: {
      pemilik: 'DIAJUKAN',
      penilai: [403, 'BUKAN_PEMILIK'],
      lain: [403, 'BUKAN_PEMILIK'],
      admin: [403, 'BUKAN_PEMILIK'],
    },
    DIAJUKAN: { pemilik: [409, 'SKP_STATUS_TIDAK_SESUAI'], penilai: [403, 'BUKAN_PEMILIK'] },
    DISETUJUI: { pemilik: [409, 'SKP_STATUS_TIDAK_SESUAI'], admin: [403, 'BUKAN_PEMILIK'] },
    DITOLAK: { pemilik: 'DIAJUKAN', penilai: [403, 'BUKAN_PEMILIK'] },
  },
  SETUJUI: {
    DRAFT: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      lain: [403, 'BUKAN_PENILAI'],
      admin: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      adminPemilik: [403, 'BUKAN_PENILAI'],
    },
    DIAJUKAN: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: 'DISETUJUI',
      lain: [403, 'BUKAN_PENILAI'],
      admin: 'DISETUJUI',
      adminPemilik: [403, 'BUKAN_PENILAI'],
    },
    DISETUJUI: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      lain: [403, 'BUKAN_PENILAI'],
      admin: [409, 'SKP_STATUS_TIDAK_SESUAI'],
    },
    DITOLAK: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      lain: [403, 'BUKAN_PENILAI'],
      admin: [409, 'SKP_STATUS_TIDAK_SESUAI'],
    },
  },
  TOLAK: {
    DRAFT: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      lain: [403, 'BUKAN_PENILAI'],
      admin: [409, 'SKP_STATUS_TIDAK_SESUAI'],
    },
    DIAJUKAN: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: 'DITOLAK',
      lain: [403, 'BUKAN_PENILAI'],
      admin: 'DITOLAK',
      adminPemilik: [403, 'BUKAN_PENILAI'],
    },
    DISETUJUI: {
      pemilik: [403, 'BUKAN_PENILAI'],
      penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'],
      lain: [403, 'BUKAN_PENILAI'],
    },
    DITOLAK: { penilai: [409, 'SKP_STATUS_TIDAK_SESUAI'], admin: [409, 'SKP_STATUS_TIDAK_SESUAI'] },
  },
};

const sel = Object.entries(SKP).flatMap(([aksi, perStatus]) =>
  Object.entries(perStatus).flatMap(([status, perSiapa]) =>
    Object.entries(perSiapa).map(([siapa, hasil]) => [aksi, status, siapa, hasil] as [Aksi, StatusSkp, Siapa, Hasil]),
  ),
);

describe('SKP transitions: status × action × actor', () => {
  test.each(sel)('%s on %s by %s → %j', (aksi, status, siapa, hasil) => {
    const p = putuskan({
      aksi,
      status,
      pelaku: PELAKU[siapa],
      catatan: 'Perbaiki target.',
      alasan: 'Penilai berhalangan tetap.',
    });
    if (typeof hasil === 'string') {
      expect(p).toMatchObject({ ok: true, statusBaru: hasil });
    } else {
      expect(p).toMatchObject({ ok: false, status: hasil[0], kode: hasil[1] });
    }
  });

  test('every status × SKP action has at least the owner, penilai and admin cells covered', () => {
    for (const aksi of Object.keys(SKP) as (keyof typeof SKP)[])
      for (const s of STATUS_SKP) expect(Object.keys(SKP[aksi][s]).length).toBeGreaterThanOrEqual(2);
  });

  test('a refusal for a wrong state carries the current status', () => {
    for (const s of ['DRAFT', 'DISETUJUI', 'DITOLAK'] as StatusSkp[]) {
      expect(putuskan({ aksi: 'SETUJUI', status: s, pelaku: PELAKU.penilai })).toMatchObject({
        ok: false,
        status: 409,
        detail: { status_sekarang: s },
      });
    }
  });
});

describe('content checks after right and state', () => {
  test.each([
    ['TOLAK', PELAKU.penilai, null, null, 400, 'CATATAN_WAJIB', 'catatan'],
    ['TOLAK', PELAKU.penilai, '   ', null, 400, 'CATATAN_WAJIB', 'catatan'],
    ['TOLAK', PELAKU.admin, 'Catatan', null, 400, 'ALASAN_ADMIN_WAJIB', 'alasan'],
    ['SETUJUI', PELAKU.admin, null, '', 400, 'ALASAN_ADMIN_WAJIB', 'alasan'],
    ['TOLAK_RHK', PELAKU.penilai, '', null, 400, 'CATATAN_WAJIB', 'catatan'],
    ['SETUJUI_RHK', PELAKU.admin, null, null, 400, 'ALASAN_ADMIN_WAJIB', 'alasan'],
  ] as const)('%s without the required text → %i %s', (aksi, pelaku, catatan, alasan, http, kode, field) => {
    const status: StatusSkp = aksi.endsWith('_RHK') ? 'DISETUJUI' : 'DIAJUKAN';
    expect(putuskan({ aksi, status, statusRhk: 'DIAJUKAN', pelaku, catatan, alasan })).toMatchObject({
      ok: false,
      status: http,
      kode,
      field,
    });
  });

  test('the penilai needs no reason; the admin acts as admin', () => {
    expect(putuskan({ aksi: 'SETUJUI', status: 'DIAJUKAN', pelaku: PELAKU.penilai })).toEqual({
      ok: true,
      statusBaru: 'DISETUJUI',
      statusRhkBaru: undefined,
      sebagaiAdmin: false,
    });
    expect(putuskan({ aksi: 'SETUJUI', status: 'DIAJUKAN', pelaku: PELAKU.admin, alasan: 'x' })).toMatchObject({
      ok: true,
      sebagaiAdmin: true,
    });
  });

  test('conflicting duplicate indicators block approval (409), not rejection', () => {
    expect(putuskan({ aksi: 'SETUJUI', status: 'DIAJUKAN', pelaku: PELAKU.penilai, konflikDuplikat: 1 })).toMatchObject(
      { ok: false, status: 409, kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK' },
    );
    expect(
      putuskan({ aksi: 'TOLAK', status: 'DIAJUKAN', pelaku: PELAKU.penilai, catatan: 'x', konflikDuplikat: 1 }),
    ).toMatchObject({ ok: true, statusBaru: 'DITOLAK' });
  });

  test('the same holds for a revised RHK: its approval is blocked by an open conflict, its rejection is not', () => {
    const rhk = { status: 'DISETUJUI', statusRhk: 'DIAJUKAN', pelaku: PELAKU.penilai } as const;
    expect(putuskan({ ...rhk, aksi: 'SETUJUI_RHK', konflikDuplikat: 2 })).toMatchObject({
      ok: false,
      status: 409,
      kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK',
      detail: { jumlah_konflik: 2 },
    });
    expect(putuskan({ ...rhk, aksi: 'SETUJUI_RHK', konflikDuplikat: 0 })).toMatchObject({
      ok: true,
      statusBaru: 'DISETUJUI',
      statusRhkBaru: null,
    });
    expect(putuskan({ ...rhk, aksi: 'TOLAK_RHK', catatan: 'x', konflikDuplikat: 2 })).toMatchObject({
      ok: true,
      statusRhkBaru: 'DRAFT',
    });
  });
});

describe('per-RHK revision after approval', () => {
  type R = [Aksi, StatusSkp, StatusRevisi, Siapa, StatusRevisi | [number, string]];
  const tabel: R[] = [
    ['REVISI_RHK', 'DISETUJUI', null, 'pemilik', 'DRAFT'],
    ['REVISI_RHK', 'DISETUJUI', null, 'penilai', [403, 'BUKAN_PEMILIK']],
    ['REVISI_RHK', 'DISETUJUI', null, 'admin', [403, 'BUKAN_PEMILIK']],
    ['REVISI_RHK', 'DISETUJUI', 'DRAFT', 'pemilik', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['REVISI_RHK', 'DISETUJUI', 'DIAJUKAN', 'pemilik', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['REVISI_RHK', 'DRAFT', null, 'pemilik', [409, 'SKP_STATUS_TIDAK_SESUAI']],
    ['REVISI_RHK', 'DIAJUKAN', null, 'pemilik', [409, 'SKP_STATUS_TIDAK_SESUAI']],
    ['REVISI_RHK', 'DITOLAK', null, 'pemilik', [409, 'SKP_STATUS_TIDAK_SESUAI']],
    ['UBAH_RHK', 'DISETUJUI', 'DRAFT', 'pemilik', 'DRAFT'],
    ['UBAH_RHK', 'DISETUJUI', null, 'pemilik', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['UBAH_RHK', 'DISETUJUI', 'DIAJUKAN', 'pemilik', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['UBAH_RHK', 'DISETUJUI', 'DRAFT', 'penilai', [403, 'BUKAN_PEMILIK']],
    ['UBAH_RHK', 'DRAFT', null, 'pemilik', null],
    ['UBAH_RHK', 'DIAJUKAN', null, 'pemilik', [409, 'SKP_STATUS_TIDAK_SESUAI']],
    ['AJUKAN_RHK', 'DISETUJUI', 'DRAFT', 'pemilik', 'DIAJUKAN'],
    ['AJUKAN_RHK', 'DISETUJUI', null, 'pemilik', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['AJUKAN_RHK', 'DISETUJUI', 'DRAFT', 'penilai', [403, 'BUKAN_PEMILIK']],
    ['AJUKAN_RHK', 'DIAJUKAN', 'DRAFT', 'pemilik', [409, 'SKP_STATUS_TIDAK_SESUAI']],
    ['SETUJUI_RHK', 'DISETUJUI', 'DIAJUKAN', 'penilai', null],
    ['SETUJUI_RHK', 'DISETUJUI', 'DIAJUKAN', 'admin', null],
    ['SETUJUI_RHK', 'DISETUJUI', 'DIAJUKAN', 'pemilik', [403, 'BUKAN_PENILAI']],
    ['SETUJUI_RHK', 'DISETUJUI', 'DIAJUKAN', 'lain', [403, 'BUKAN_PENILAI']],
    ['SETUJUI_RHK', 'DISETUJUI', 'DRAFT', 'penilai', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['SETUJUI_RHK', 'DISETUJUI', null, 'penilai', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['TOLAK_RHK', 'DISETUJUI', 'DIAJUKAN', 'penilai', 'DRAFT'],
    ['TOLAK_RHK', 'DISETUJUI', 'DRAFT', 'penilai', [409, 'RHK_STATUS_TIDAK_SESUAI']],
    ['TOLAK_RHK', 'DISETUJUI', 'DIAJUKAN', 'pemilik', [403, 'BUKAN_PENILAI']],
  ];
  test.each(tabel)('%s (SKP %s, RHK %s) by %s → %j', (aksi, status, statusRhk, siapa, hasil) => {
    const p = putuskan({ aksi, status, statusRhk, pelaku: PELAKU[siapa], catatan: 'c', alasan: 'a' });
    if (Array.isArray(hasil)) expect(p).toMatchObject({ ok: false, status: hasil[0], kode: hasil[1] });
    else {
      expect(p.ok).toBe(true);
      if (aksi !== 'UBAH_RHK') expect(p).toMatchObject({ statusRhkBaru: hasil, statusBaru: 'DISETUJUI' });
    }
  });
});

describe('ekspektasi perilaku', () => {
  test.each([
    ['penilai', true],
    ['pemilik', false],
    ['lain', false],
    ['admin', false],
  ] as const)('%s → %s', (siapa, boleh) => {
    expect(putuskan({ aksi: 'ISI_EKSPEKTASI', status: 'DRAFT', pelaku: PELAKU[siapa] }).ok).toBe(boleh);
  });
});
