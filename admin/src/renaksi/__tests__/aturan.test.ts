import { describe, expect, it } from 'vitest';
import type { RenaksiBulan } from '../../dataProvider/renaksi';
import {
  alasanTertutup,
  angkaKeInput,
  bacaAngka,
  bulanRtp,
  cekBukti,
  cekRealisasi,
  fieldTarget,
  formatAngka,
  formatPersen,
  namaBulan,
  perRhk,
  petaTahunan,
  prefixSebagai,
  statusTampil,
  targetDariIsian,
  tautanValid,
} from '../aturan';
import { barisGrafik, jumlahFlag, KOLOM_STATISTIK } from '../StatistikRhk';

describe('Indonesian numbers', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    [' 0,25 ', 0.25],
    ['1.234,5', 1234.5],
    ['1.500', 1500],
    ['12.5', 12.5],
    ['0', 0],
    ['1234567', 1234567],
  ])('reads %j as %d', (teks, nilai) => {
    expect(bacaAngka(teks)).toBe(nilai);
  });

  it.each(['', 'abc', '-1', '1,2,3', '12,', ',5', '1.23.4', null, undefined])('refuses %j', (teks) => {
    expect(bacaAngka(teks as string)).toBeNull();
  });

  it('formats with the Indonesian decimal comma and grouping', () => {
    expect(formatAngka(1234.5)).toBe('1.234,5');
    expect(formatAngka(12)).toBe('12');
    expect(formatAngka(null)).toBe('-');
    expect(formatAngka(1 / 3)).toBe('0,33');
    expect(formatPersen(85.5)).toBe('85,5%');
    expect(formatPersen(undefined)).toBe('-');
    expect(formatAngka(1234.5, 'en-GB')).toBe('1,234.5');
  });

  it('an input value reads back the same number', () => {
    for (const n of [0, 12, 12.5, 1234.75]) expect(bacaAngka(angkaKeInput(n))).toBe(n);
    expect(angkaKeInput(null)).toBe('');
  });

  it('month names follow the UI language', () => {
    expect(namaBulan(1)).toBe('Januari');
    expect(namaBulan(8, 'id-ID', 'short')).toBe('Agu');
    expect(namaBulan(12, 'en-GB')).toBe('December');
  });
});

describe('status and RTP months', () => {
  it('Belum diisi / Menunggu pemeriksaan / Diperiksa', () => {
    expect(statusTampil(null)).toBe('BELUM');
    expect(statusTampil({ status: 'UNCHECKED' })).toBe('MENUNGGU');
    expect(statusTampil({ status: 'CHECKED' })).toBe('DIPERIKSA');
  });

  it('an RTP renaksi marks every month with a target; others none', () => {
    const target = [{ bulan: 1 }, { bulan: 4 }, { bulan: 7 }];
    expect([...bulanRtp({ sebagai_rtp: true, target })]).toEqual([1, 4, 7]);
    expect(bulanRtp({ sebagai_rtp: false, target }).size).toBe(0);
    expect(bulanRtp({ sebagai_rtp: true, target: [] }).size).toBe(0);
  });

  it('the yearly grid has twelve months with target and realisasi where present', () => {
    const peta = petaTahunan({
      target: [{ bulan: 2, nilai: 4 }],
      realisasi: [{ bulan: 2, nilai: 3 } as never],
    });
    expect(peta).toHaveLength(12);
    expect(peta[1]).toMatchObject({ bulan: 2, target: { nilai: 4 }, realisasi: { nilai: 3 } });
    expect(peta[0]).toEqual({ bulan: 1, target: null, realisasi: null });
  });

  it('prefixes acting holders', () => {
    expect(prefixSebagai('PLT')).toBe('Plt. ');
    expect(prefixSebagai('DEFINITIF')).toBe('');
    expect(prefixSebagai(null)).toBe('');
  });

  it('groups renaksi per RHK, RHK UTAMA first', () => {
    const row = (id: string, rhk: string, jenis: string) => ({ id, rhk: { id: rhk, uraian: rhk, jenis } });
    const kelompok = perRhk([row('a', 'T1', 'TAMBAHAN'), row('b', 'U1', 'UTAMA'), row('c', 'T1', 'TAMBAHAN')]);
    expect(kelompok.map((k) => [k.rhk.id, k.renaksi.map((r) => r.id)])).toEqual([
      ['U1', ['b']],
      ['T1', ['a', 'c']],
    ]);
  });
});

describe('evidence check', () => {
  const pdf = { name: 'laporan.pdf', size: 2000 };
  it('needs at least one file or link', () => {
    expect(cekBukti({ berkasBaru: [], tautan: [], berkasTersimpan: 0 })).toEqual({
      bukti: 'mskp.renaksi.galat.bukti_wajib',
    });
    expect(cekBukti({ berkasBaru: [], tautan: ['  '], berkasTersimpan: 0 }).bukti).toBe(
      'mskp.renaksi.galat.bukti_wajib',
    );
    expect(cekBukti({ berkasBaru: [pdf], tautan: [], berkasTersimpan: 0 })).toEqual({});
    expect(cekBukti({ berkasBaru: [], tautan: ['https://drive.example.go.id/x'], berkasTersimpan: 0 })).toEqual({});
    expect(cekBukti({ berkasBaru: [], tautan: [], berkasTersimpan: 1 })).toEqual({});
  });

  it('links are http(s); files of an accepted kind and size', () => {
    expect(cekBukti({ berkasBaru: [pdf], tautan: ['ftp://x'], berkasTersimpan: 0 })).toEqual({
      bukti_url: 'mskp.renaksi.galat.tautan',
    });
    expect(cekBukti({ berkasBaru: [{ name: 'a.exe', size: 1 }], tautan: [], berkasTersimpan: 0 }).bukti).toBe(
      'mskp.renaksi.galat.jenis_berkas',
    );
    expect(
      cekBukti({
        berkasBaru: [
          { name: 'FOTO.JPG', size: 1 },
          { name: 'x.docx', size: 1 },
        ],
        tautan: [],
        berkasTersimpan: 0,
      }),
    ).toEqual({});
    expect(
      cekBukti({ berkasBaru: [{ name: 'a.pdf', size: 11 * 1024 * 1024 }], tautan: [], berkasTersimpan: 0 }).bukti,
    ).toBe('mskp.renaksi.galat.berkas_besar');
    expect(tautanValid('https://madiunkota.go.id')).toBe(true);
    expect(tautanValid('javascript:alert(1)')).toBe(false);
  });

  it('the realisasi form checks nilai too', () => {
    const bukti = { berkasBaru: [pdf], tautan: [], berkasTersimpan: 0 };
    expect(cekRealisasi('', bukti)).toEqual({ nilai: 'mskp.renaksi.galat.nilai_wajib' });
    expect(cekRealisasi('-3', bukti)).toEqual({ nilai: 'mskp.renaksi.galat.nilai' });
    expect(cekRealisasi('3,5', bukti)).toEqual({});
  });
});

describe('why entry is closed', () => {
  const renaksi = (over: Partial<RenaksiBulan> = {}) =>
    ({ terkunci: false, realisasi: null, skp: { id: 's', status: 'DISETUJUI' }, ...over }) as RenaksiBulan;
  const konteks = { tahun: 2026, bulan: 11, hariIni: '2026-11-20', lewatBatas: false };
  it.each([
    ['open', renaksi(), konteks, null],
    ['locked quarter', renaksi({ terkunci: true }), konteks, 'terkunci'],
    ['checked', renaksi({ realisasi: { status: 'CHECKED' } as never }), konteks, 'diperiksa'],
    ['unchecked stays open', renaksi({ realisasi: { status: 'UNCHECKED' } as never }), konteks, null],
    ['SKP not approved', renaksi({ skp: { id: 's', status: 'DRAFT' } }), konteks, 'skp_belum_disetujui'],
    ['future month', renaksi(), { ...konteks, bulan: 12 }, 'belum_berjalan'],
    ['past deadline', renaksi(), { ...konteks, bulan: 9, lewatBatas: true }, 'lewat_batas'],
  ] as const)('%s', (_nama, r, k, alasan) => {
    expect(alasanTertutup(r, k)).toBe(alasan);
  });
});

describe('renaksi form', () => {
  it('reads monthly targets, skipping empty months and naming bad ones', () => {
    expect(targetDariIsian({ 1: '4', 2: '', 3: '2,5', 5: 'x' })).toEqual({
      target: [
        { bulan: 1, nilai: 4 },
        { bulan: 3, nilai: 2.5 },
      ],
      galat: [5],
    });
  });

  it('maps the server field of a target to the month input', () => {
    const target = [{ bulan: 3 }, { bulan: 7 }];
    expect(fieldTarget('target[1].nilai', target)).toBe('target.7');
    expect(fieldTarget('target[5].bulan', target)).toBe('target');
    expect(fieldTarget('satuan', target)).toBe('satuan');
    expect(fieldTarget(undefined, target)).toBeUndefined();
  });
});

describe('RHK statistics', () => {
  const baris = (nama: string, renaksi: number, flag: [number, number, number]) => ({
    opd: { id: nama, kode_opd: nama, nama, singkatan: null },
    pegawai: 1,
    skp: 1,
    skp_disetujui: 1,
    rhk: 3,
    rhk_prioritas: flag[0],
    rhk_inovasi: flag[1],
    rhk_perintah_walikota: flag[2],
    renaksi,
    renaksi_rtp: 0,
  });
  it('bars per OPD, largest first; flags add up', () => {
    const data = {
      tahun: 2026,
      opd: [baris('Dinas B', 3, [1, 0, 0]), baris('Dinas A', 9, [1, 1, 1])],
      total: baris('x', 12, [2, 1, 1]),
    };
    expect(barisGrafik(data, (r) => r.renaksi).map((r) => [r.opd_nama, r.jumlah])).toEqual([
      ['Dinas A', 9],
      ['Dinas B', 3],
    ]);
    expect(jumlahFlag(data.opd[1])).toBe(3);
    expect(
      barisGrafik({ ...data, opd: [...data.opd, baris('Dinas C', 0, [0, 0, 0])] }, (r) => r.renaksi, 1).map(
        (r) => r.opd_nama,
      ),
    ).toEqual(['Dinas A']);
    expect(KOLOM_STATISTIK).toHaveLength(9);
  });
});
