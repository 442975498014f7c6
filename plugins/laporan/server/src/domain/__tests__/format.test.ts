import { nipTercetak, pangkatGolongan, jabatanPenandatangan, awalanBertindak, namaBerkas, teksCetak } from '../format';

describe('nipTercetak', () => {
  test.each([
    ['197005182005031005', '19700518 200503 1 005'],
    ['199004042015031004', '19900404 201503 1 004'],
    [' 19700518 200503 1 005 ', '19700518 200503 1 005'],
    ['12345', '12345'],
    [null, ''],
  ])('%j → %j', (nip, teks) => expect(nipTercetak(nip as any)).toBe(teks));
});

describe('pangkatGolongan', () => {
  const tabel = [
    { kode: '31', label: 'III/a', pangkat: 'Penata Muda' },
    { kode: '45', label: 'IV/e', pangkat: 'Pembina Utama' },
  ];
  test.each([
    ['31', 'Penata Muda, III/a'],
    ['45', 'Pembina Utama, IV/e'],
    ['IX', 'Golongan IX'],
    ['99', '99'],
    ['', '-'],
    [null, '-'],
  ])('%j → %j', (kode, teks) => expect(pangkatGolongan(kode as any, tabel)).toBe(teks));
});

describe('jabatanPenandatangan', () => {
  test.each([
    ['Kepala Bidang Persandian', 'PLT', 'Plt. Kepala Bidang Persandian'],
    ['Plt. Kepala Bidang Persandian', 'PLT', 'Plt. Kepala Bidang Persandian'],
    ['Plt. Kepala Bidang Persandian', 'DEFINITIF', 'Kepala Bidang Persandian'],
    ['Kepala Dinas', 'PLH', 'Plh. Kepala Dinas'],
    ['Sekretaris Daerah', 'PJ', 'Pj. Sekretaris Daerah'],
    ['Kepala Dinas', null, 'Kepala Dinas'],
    ['', 'PLT', 'Plt.'],
  ])('%j as %j → %j', (jabatan, sebagai, teks) => expect(jabatanPenandatangan(jabatan, sebagai)).toBe(teks));

  test('prefixes', () => {
    expect(['PLT', 'PLH', 'PJ', 'DEFINITIF', undefined].map(awalanBertindak)).toEqual(['Plt.', 'Plh.', 'Pj.', '', '']);
  });
});

describe('namaBerkas', () => {
  test('kind, NIP and year; unsafe characters removed', () => {
    expect(namaBerkas('rencana-skp', '199004042015031004', 2027)).toBe('rencana-skp_199004042015031004_2027.pdf');
    expect(namaBerkas('lampiran skp', '../"x\r\n', 2027)).toBe('lampiran-skp_x_2027.pdf');
    expect(namaBerkas('rencana-skp', null, 2027)).toBe('rencana-skp_2027.pdf');
  });
});

describe('teksCetak', () => {
  test.each([
    ['Target ≥ 80', 'Target >= 80'],
    ['80 – 90 “kutip” é', '80 – 90 “kutip” é'],
    ['Baris 1\r\nBaris 2', 'Baris 1\nBaris 2'],
    ['e\u0301', 'é'],
    ['Rapat 😀 中', 'Rapat ? ?'],
    ['a\u0007b\tc', 'a?b c'],
    [null, ''],
  ])('%j → %j', (masuk, keluar) => expect(teksCetak(masuk)).toBe(keluar));
});
