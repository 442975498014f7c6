import { describe, expect, it } from 'vitest';
import { topN } from '../BarChart';

const row = (opd_id: string, jumlah: number, opd_nama = opd_id) => ({ opd_id, opd_nama, singkatan: null, jumlah });

describe('topN', () => {
  it('keeps the 10 largest, largest first, ties by name', () => {
    const rows = Array.from({ length: 15 }, (_, index) => row(`o${index}`, index));
    rows.push(row('b', 14, 'B'), row('a', 14, 'A'));
    const top = topN(rows, 10);
    expect(top).toHaveLength(10);
    expect(top.slice(0, 3).map((r) => r.opd_nama)).toEqual(['A', 'B', 'o14']);
    expect(top[9].jumlah).toBe(7);
  });

  it('does not mutate its input and drops non-numbers', () => {
    const rows = [row('x', 1), { ...row('y', 0), jumlah: Number.NaN }, row('z', 5)];
    const copy = [...rows];
    expect(topN(rows).map((r) => r.opd_id)).toEqual(['z', 'x']);
    expect(rows).toEqual(copy);
  });
});
