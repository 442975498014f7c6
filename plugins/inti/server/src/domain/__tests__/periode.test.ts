import { bulanKolom } from '../periode';

describe('Security 2: bulanKolom (the month a realisasi, presensi or TPP row belongs to)', () => {
  test.each([
    [{ tahun: 2026, bulan: 5 }, [{ tahun: 2026, bulan: 5 }]],
    [{ tahun: '2026', bulan: '12' }, [{ tahun: 2026, bulan: 12 }]],
    [{ tahun: 2026, bulan: 13 }, []],
    [{ tahun: 2026, bulan: 14 }, []],
    [{ tahun: 2026, bulan: 0 }, []],
    [{ tahun: 2026 }, []],
    [{ bulan: 3 }, []],
    [{ tahun: 2026, bulan: 2.5 }, []],
    [null, []],
  ])('%j → %j', (row, bulan) => expect(bulanKolom(row as any)).toEqual(bulan));
});
