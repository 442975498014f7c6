/**
 * Policy as data (domain.md: every (policy) default lives in versioned configuration with an effective
 * date): file validation, the version in force at a date, and the repository's own policy files.
 */
import fs from 'fs';
import { z } from 'zod';
import os from 'os';
import path from 'path';
import { validasiBerkasKebijakan, versiPada, skemaNilaiKebijakan, type VersiKebijakan } from '../kebijakan';
import { muatKebijakan } from '../../services/kebijakan';

const FOLDER_REPO = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'config', 'kebijakan');

const daerahValid = {
  nama_pemerintah: 'PEMERINTAH KABUPATEN PONOROGO',
  nama_daerah: 'Kabupaten Ponorogo',
  tempat_default: 'Ponorogo',
  kepala_daerah: { jabatan: 'Bupati Ponorogo', nama: null, nip: null },
};
const loginValid = { maks_gagal_per_identitas: 5, kunci_menit: 15, maks_permintaan_per_ip_per_menit: 600 };
const berkas = (versi: unknown[], nama = 'keamanan-login') => ({ nama, versi });
const versi = (kode: string, berlaku_mulai: string, nilai: unknown = loginValid) => ({
  kode,
  berlaku_mulai,
  dasar: 'Perwali uji',
  nilai,
});

type Hasil = ReturnType<typeof validasiBerkasKebijakan>;
const masalah = (r: Hasil): string[] => (r.ok ? [] : (r as Extract<Hasil, { ok: false }>).masalah);

describe('validasiBerkasKebijakan: accepted files', () => {
  test('versions come back sorted by effective date', () => {
    const r = validasiBerkasKebijakan(
      berkas([versi('B', '2026-01-01'), versi('A', '2020-01-01'), versi('C', '2027-07-01')]),
      'uji.json',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.berkas.versi.map((v) => v.kode)).toEqual(['A', 'B', 'C']);
  });
  test('keterangan is optional and kept', () => {
    const r = validasiBerkasKebijakan({ ...berkas([versi('A', '2020-01-01')]), keterangan: 'catatan' }, 'uji.json');
    expect(r.ok && r.berkas.keterangan).toBe('catatan');
  });
  test.each([
    ['aktivitas-pengguna', { idle_hari_bawaan: 30 }],
    ['aktivitas-pengguna', { idle_hari_bawaan: 1 }],
    ['aktivitas-pengguna', { idle_hari_bawaan: 3650 }],
    [
      'golongan',
      {
        pns: [
          { kode: '11', label: 'I/a', pangkat: 'Juru Muda' },
          { kode: '45', label: 'IV/e', pangkat: 'Pembina Utama' },
        ],
        pppk: ['I'],
      },
    ],
    ['keamanan-login', { maks_gagal_per_identitas: 1, kunci_menit: 1, maks_permintaan_per_ip_per_menit: 10 }],
    ['keamanan-login', { maks_gagal_per_identitas: 100, kunci_menit: 1440, maks_permintaan_per_ip_per_menit: 100000 }],
    ['daerah', daerahValid],
    [
      'daerah',
      { ...daerahValid, kepala_daerah: { jabatan: 'Bupati Ponorogo', nama: 'H. Contoh Nama, S.E.', nip: null } },
    ],
    [
      'daerah',
      {
        ...daerahValid,
        nama_pemerintah: 'PEMERINTAH PROVINSI D.I. YOGYAKARTA',
        tempat_default: 'Kota Yogyakarta (DIY)',
      },
    ],
    [
      'daerah',
      { ...daerahValid, sekretaris_daerah: { jabatan: 'Sekretaris Daerah', nama: 'Budi', nip: '197001012000031001' } },
    ],
  ])('%s %j', (nama, nilai) => {
    expect(masalah(validasiBerkasKebijakan(berkas([versi('A', '2020-01-01', nilai)], nama), 'x.json'))).toEqual([]);
  });
});

describe('validasiBerkasKebijakan: refused files name the file and the place', () => {
  test.each([
    ['not an object', 'teks', ['(akar)']],
    ['null', null, ['(akar)']],
    ['missing nama', { versi: [versi('A', '2020-01-01')] }, ['nama']],
    ['empty nama', berkas([versi('A', '2020-01-01')], ''), ['nama']],
    ['missing versi', { nama: 'keamanan-login' }, ['versi']],
    ['empty versi', berkas([]), ['versi']],
    [
      'date with slashes',
      berkas([versi('A', '2020/01/01')]),
      ['versi.0.berlaku_mulai', 'format tanggal harus YYYY-MM-DD'],
    ],
    ['date without day', berkas([versi('A', '2020-01')]), ['versi.0.berlaku_mulai']],
    ['missing kode', berkas([{ berlaku_mulai: '2020-01-01', dasar: 'x', nilai: loginValid }]), ['versi.0.kode']],
    ['missing dasar', berkas([{ kode: 'A', berlaku_mulai: '2020-01-01', nilai: loginValid }]), ['versi.0.dasar']],
  ])('%s', (_n, isi, harus) => {
    const m = masalah(validasiBerkasKebijakan(isi, 'sumber.json'));
    expect(m.length).toBeGreaterThan(0);
    for (const m1 of m) expect(m1.startsWith('sumber.json: ')).toBe(true);
    for (const h of harus) expect(m.join('\n')).toContain(h);
  });

  test('an unknown policy name', () => {
    expect(masalah(validasiBerkasKebijakan(berkas([versi('A', '2020-01-01')], 'tpp-rahasia'), 'f.json'))).toEqual([
      'f.json: kebijakan "tpp-rahasia" tidak dikenal',
    ]);
  });

  test('two versions with the same effective date', () => {
    const m = masalah(validasiBerkasKebijakan(berkas([versi('A', '2020-01-01'), versi('B', '2020-01-01')]), 'f.json'));
    expect(m).toEqual(['f.json: dua versi berlaku mulai 2020-01-01']);
  });

  test.each([
    ['keamanan-login', { ...loginValid, maks_gagal_per_identitas: 0 }, 'maks_gagal_per_identitas'],
    ['keamanan-login', { ...loginValid, maks_gagal_per_identitas: 101 }, 'maks_gagal_per_identitas'],
    ['keamanan-login', { ...loginValid, maks_gagal_per_identitas: 2.5 }, 'maks_gagal_per_identitas'],
    ['keamanan-login', { ...loginValid, kunci_menit: 0 }, 'kunci_menit'],
    ['keamanan-login', { ...loginValid, kunci_menit: 1441 }, 'kunci_menit'],
    ['keamanan-login', { ...loginValid, kunci_menit: '15' }, 'kunci_menit'],
    ['keamanan-login', { ...loginValid, maks_permintaan_per_ip_per_menit: 9 }, 'maks_permintaan_per_ip_per_menit'],
    ['keamanan-login', { maks_gagal_per_identitas: 5, kunci_menit: 15 }, 'maks_permintaan_per_ip_per_menit'],
    ['keamanan-login', null, 'nilai'],
    ['aktivitas-pengguna', { idle_hari_bawaan: 0 }, 'idle_hari_bawaan'],
    ['aktivitas-pengguna', { idle_hari_bawaan: 3651 }, 'idle_hari_bawaan'],
    ['daerah', { ...daerahValid, nama_pemerintah: 'Pemerintah Kota Madiun' }, 'nama_pemerintah'],
    ['daerah', { ...daerahValid, nama_pemerintah: 'KOTA MADIUN' }, 'nama_pemerintah'],
    ['daerah', { ...daerahValid, nama_pemerintah: undefined }, 'nama_pemerintah'],
    ['daerah', { ...daerahValid, nama_daerah: '' }, 'nama_daerah'],
    ['daerah', { ...daerahValid, tempat_default: '' }, 'tempat_default'],
    ['daerah', { ...daerahValid, tempat_default: 'Madiun<script>' }, 'tempat_default'],
    ['daerah', { ...daerahValid, tempat_default: 'x'.repeat(61) }, 'tempat_default'],
    ['daerah', { ...daerahValid, kepala_daerah: undefined }, 'kepala_daerah'],
    ['daerah', { ...daerahValid, kepala_daerah: { jabatan: '', nama: null, nip: null } }, 'kepala_daerah.jabatan'],
    ['daerah', { ...daerahValid, kepala_daerah: { jabatan: 'Bupati', nama: '', nip: null } }, 'kepala_daerah.nama'],
    ['daerah', { ...daerahValid, kepala_daerah: { jabatan: 'Bupati', nama: null, nip: '1970' } }, 'kepala_daerah.nip'],
    ['daerah', { ...daerahValid, kepala_daerah: { jabatan: 'Bupati', nip: null } }, 'kepala_daerah.nama'],
    ['daerah', { ...daerahValid, sekretaris_daerah: { nama: null, nip: null } }, 'sekretaris_daerah.jabatan'],
    ['golongan', { pns: [], pppk: ['I'] }, 'pns'],
    ['golongan', { pns: [{ kode: '11', label: 'I/a', pangkat: 'Juru Muda' }], pppk: [] }, 'pppk'],
    ['golongan', { pns: [{ kode: '51', label: 'V/a', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
    ['golongan', { pns: [{ kode: '10', label: '?', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
    ['golongan', { pns: [{ kode: '1a', label: '?', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
    // domain.md §2: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e: there is no I/e, II/e or III/e
    ['golongan', { pns: [{ kode: '15', label: 'I/e', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
    ['golongan', { pns: [{ kode: '25', label: 'II/e', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
    ['golongan', { pns: [{ kode: '35', label: 'III/e', pangkat: '?' }], pppk: ['I'] }, 'pns.0.kode'],
  ])('%s: bad value %j → names %s', (nama, nilai, tempat) => {
    const m = masalah(validasiBerkasKebijakan(berkas([versi('2026.1', '2020-01-01', nilai)], nama), 'f.json'));
    expect(m.length).toBeGreaterThan(0);
    expect(m[0]).toMatch(/^f\.json: versi\[0\] \(2026\.1\)\.nilai\./);
    expect(m.join('\n')).toContain(tempat);
  });

  test('every problem is reported at once (bad value and duplicate date)', () => {
    const m = masalah(
      validasiBerkasKebijakan(
        berkas([versi('A', '2020-01-01', { ...loginValid, kunci_menit: 0 }), versi('B', '2020-01-01')]),
        'f.json',
      ),
    );
    expect(m).toHaveLength(2);
  });

  test('the base policies have a value schema', () => {
    expect(Object.keys(skemaNilaiKebijakan)).toEqual(
      expect.arrayContaining(['aktivitas-pengguna', 'daerah', 'golongan', 'keamanan-login']),
    );
  });

  test('a policy of another engine validates with the schema it registers (skemaTambahan)', () => {
    const skema = { 'tpp-uji': z.object({ persen: z.number().min(0).max(100) }) };
    const isi = berkas([versi('A', '2020-01-01', { persen: 40 })], 'tpp-uji');
    expect(masalah(validasiBerkasKebijakan(isi, 'f.json'))).toEqual(['f.json: kebijakan "tpp-uji" tidak dikenal']);
    expect(masalah(validasiBerkasKebijakan(isi, 'f.json', skema))).toEqual([]);
    const buruk = berkas([versi('A', '2020-01-01', { persen: 140 })], 'tpp-uji');
    expect(masalah(validasiBerkasKebijakan(buruk, 'f.json', skema))[0]).toMatch(
      /^f\.json: versi\[0\] \(A\)\.nilai\.persen: /,
    );
    // a registered schema never replaces a base one
    const tiruan = { 'keamanan-login': z.any() };
    expect(
      masalah(validasiBerkasKebijakan(berkas([versi('A', '2020-01-01', { kunci_menit: 0 })]), 'f.json', tiruan)).length,
    ).toBeGreaterThan(0);
  });
});

describe('versiPada (the version in force on a date)', () => {
  const V: VersiKebijakan<number>[] = [
    { kode: 'A', berlaku_mulai: '2020-01-01', dasar: 'x', nilai: 1 },
    { kode: 'B', berlaku_mulai: '2026-01-01', dasar: 'x', nilai: 2 },
    { kode: 'C', berlaku_mulai: '2026-07-01', dasar: 'x', nilai: 3 },
  ];
  test.each([
    ['before the first version', '2019-12-31', null],
    ['the first effective day', '2020-01-01', 'A'],
    ['between A and B', '2025-12-31', 'A'],
    ['B effective day', '2026-01-01', 'B'],
    ['the day before C', '2026-06-30', 'B'],
    ['C effective day', '2026-07-01', 'C'],
    ['far future', '2099-01-01', 'C'],
  ])('%s (%s) → %p', (_n, tanggal, kode) => {
    expect(versiPada(V, tanggal)?.kode ?? null).toBe(kode);
    // the order of the list does not matter
    expect(versiPada([...V].reverse(), tanggal)?.kode ?? null).toBe(kode);
    expect(versiPada([V[1], V[2], V[0]], tanggal)?.kode ?? null).toBe(kode);
  });
  test('no versions → null', () => expect(versiPada([], '2026-01-01')).toBeNull());
});

describe('muatKebijakan (the policy folder)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kebijakan-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const tulis = (nama: string, isi: unknown) =>
    fs.writeFileSync(path.join(dir, nama), typeof isi === 'string' ? isi : JSON.stringify(isi));

  // the base policies of this plugin (other engines' files need the schemas they register at start-up)
  const berkasRepo = (nama: string) => {
    const r = validasiBerkasKebijakan(
      JSON.parse(fs.readFileSync(path.join(FOLDER_REPO, `${nama}.json`), 'utf8')),
      nama,
    );
    expect(masalah(r)).toEqual([]);
    return (r as Extract<Hasil, { ok: true }>).berkas.versi as VersiKebijakan<any>[];
  };
  test.each(Object.keys(skemaNilaiKebijakan))(
    "the repository's %s.json is valid and has a version in force today",
    (nama) => {
      const hariIni = new Date().toISOString().slice(0, 10);
      expect(versiPada(berkasRepo(nama), hariIni)).not.toBeNull();
    },
  );
  test('keamanan-login: 5 failures, 15 minutes (quality.md)', () => {
    expect(versiPada(berkasRepo('keamanan-login'), new Date().toISOString().slice(0, 10))!.nilai).toMatchObject({
      maks_gagal_per_identitas: 5,
      kunci_menit: 15,
    });
  });
  test('golongan file: 17 PNS codes (11–14, 21–24, 31–34, 41–45) and PPPK I–XVII', () => {
    const g = versiPada(berkasRepo('golongan'), '2026-01-01')!.nilai;
    expect(g.pns.map((x: any) => x.kode)).toEqual([
      '11',
      '12',
      '13',
      '14',
      '21',
      '22',
      '23',
      '24',
      '31',
      '32',
      '33',
      '34',
      '41',
      '42',
      '43',
      '44',
      '45',
    ]);
    expect(g.pppk).toHaveLength(17);
  });
  test('daerah file: Kota Madiun, place Madiun, the Wali Kota as kepala daerah (name left for BKPSDM to fill per term)', () => {
    const d = versiPada(berkasRepo('daerah'), new Date().toISOString().slice(0, 10))!.nilai;
    expect(d).toMatchObject({
      nama_pemerintah: 'PEMERINTAH KOTA MADIUN',
      nama_daerah: 'Kota Madiun',
      tempat_default: 'Madiun',
    });
    expect(d.kepala_daerah).toEqual({ jabatan: 'Wali Kota Madiun', nama: null, nip: null });
  });
  test('daerah: a new term is a new version; a print dated in the old term keeps the old name', () => {
    const v: VersiKebijakan<any>[] = [
      {
        kode: 'A',
        berlaku_mulai: '2020-01-01',
        dasar: 'x',
        nilai: { ...daerahValid, kepala_daerah: { jabatan: 'Bupati Ponorogo', nama: 'Lama', nip: null } },
      },
      {
        kode: 'B',
        berlaku_mulai: '2025-02-20',
        dasar: 'x',
        nilai: { ...daerahValid, kepala_daerah: { jabatan: 'Bupati Ponorogo', nama: 'Baru', nip: null } },
      },
    ];
    expect(masalah(validasiBerkasKebijakan(berkas(v, 'daerah'), 'daerah.json'))).toEqual([]);
    expect(versiPada(v, '2025-02-19')!.nilai.kepala_daerah.nama).toBe('Lama');
    expect(versiPada(v, '2025-02-20')!.nilai.kepala_daerah.nama).toBe('Baru');
  });
  test('a bad daerah.json stops start-up naming the file and the field', () => {
    tulis(
      'daerah.json',
      berkas([versi('2026.1', '2020-01-01', { ...daerahValid, nama_pemerintah: 'kota contoh' })], 'daerah'),
    );
    expect(() => muatKebijakan(dir)).toThrow(
      /daerah\.json: versi\[0\] \(2026\.1\)\.nilai\.nama_pemerintah: nama_pemerintah ditulis huruf kapital/,
    );
  });
  test('a missing folder stops start-up', () => {
    expect(() => muatKebijakan(path.join(dir, 'tidak-ada'))).toThrow(/Folder kebijakan tidak ditemukan/);
  });
  test('invalid JSON, a bad file and a duplicate policy are all listed in one error', () => {
    tulis('a.json', berkas([versi('A', '2020-01-01')]));
    tulis('b.json', berkas([versi('A', '2021-01-01')]));
    tulis('c.json', '{ bukan json');
    tulis('d.json', berkas([versi('A', '2020-01-01', { idle_hari_bawaan: 0 })], 'aktivitas-pengguna'));
    tulis('catatan.txt', 'diabaikan');
    let pesan = '';
    try {
      muatKebijakan(dir);
    } catch (e) {
      pesan = (e as Error).message;
    }
    expect(pesan).toMatch(/^Konfigurasi kebijakan tidak valid:/);
    expect(pesan).toContain('b.json: kebijakan "keamanan-login" sudah didefinisikan di berkas lain');
    expect(pesan).toContain('c.json: bukan JSON yang valid');
    expect(pesan).toContain('d.json: versi[0] (A).nilai.idle_hari_bawaan');
    expect(pesan).not.toContain('catatan.txt');
  });
  test('an empty folder loads nothing', () => {
    expect(muatKebijakan(dir).size).toBe(0);
  });
});
