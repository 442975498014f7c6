import { bulanKunciPeriode } from '../evaluasi';

describe('Security 2: bulanKunciPeriode (the month whose quarter lock governs an evaluation or organisation predikat row)', () => {
  test.each([
    [{ tahun: 2026, periode_jenis: 'BULANAN', periode: 5 }, [{ tahun: 2026, bulan: 5 }]],
    [{ tahun: 2026, periode: 7 }, [{ tahun: 2026, bulan: 7 }]],
    [{ tahun: 2026, periode_jenis: 'TRIWULAN', periode: 2 }, [{ tahun: 2026, bulan: 6 }]],
    [{ tahun: 2026, periode_jenis: 'TRIWULAN', periode: 4 }, [{ tahun: 2026, bulan: 12 }]],
    [{ tahun: 2026, periode_jenis: 'TAHUNAN', periode: 0 }, [{ tahun: 2026, bulan: 12 }]],
    [{ tahun: 2026, periode_jenis: 'TRIWULAN', periode: 5 }, []],
    [{ tahun: 2026, periode_jenis: 'BULANAN', periode: 0 }, []],
    [{ tahun: 2026, periode_jenis: 'LAIN', periode: 3 }, []],
    [{ periode_jenis: 'BULANAN', periode: 3 }, []],
  ])('%j → %j', (row, bulan) => expect(bulanKunciPeriode(row)).toEqual(bulan));
});
