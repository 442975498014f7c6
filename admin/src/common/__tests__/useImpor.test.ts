import { describe, expect, it } from 'vitest';
import { BATAS_TAMPIL_PRATINJAU, potongPratinjau } from '../useImpor';

describe('potongPratinjau (import previews of presensi and DPA)', () => {
  it.each([
    [[1, 2, 3], 5, { tampil: [1, 2, 3], total: 3, sisa: 0, terpotong: false }],
    [[1, 2, 3], 3, { tampil: [1, 2, 3], total: 3, sisa: 0, terpotong: false }],
    [[1, 2, 3, 4], 2, { tampil: [1, 2], total: 4, sisa: 2, terpotong: true }],
    [[], 2, { tampil: [], total: 0, sisa: 0, terpotong: false }],
  ])('%j cut at %i', (rows, n, hasil) => expect(potongPratinjau(rows, n)).toEqual(hasil));

  it('defaults to the screen limit', () => {
    const rows = Array.from({ length: BATAS_TAMPIL_PRATINJAU + 7 }, (_, i) => i);
    expect(potongPratinjau(rows)).toMatchObject({ total: BATAS_TAMPIL_PRATINJAU + 7, sisa: 7, terpotong: true });
    expect(potongPratinjau(rows).tampil).toHaveLength(BATAS_TAMPIL_PRATINJAU);
  });
});
