/** Evidence files are judged by their bytes: fixtures in tests/fixtures/bukti (node tests/fixtures/buat-bukti.js). */
import { aturanUnduhBerkas } from '../berkas';
import fs from 'fs';
import path from 'path';
import {
  jenisBerkas,
  namaAman,
  dispositionLampiran,
  periksaBerkas,
  batasByte,
  berkasDto,
  namaEntriCfb,
  MIME,
  MIME_DOKUMEN_SKP,
} from '../berkas';

const baca = (nama: string) => fs.readFileSync(path.resolve(__dirname, '../../../../../../tests/fixtures/bukti', nama));

describe('jenisBerkas: allowed by content', () => {
  test.each([
    ['contoh.pdf', MIME.pdf, 'pdf'],
    ['contoh.png', MIME.png, 'png'],
    ['contoh.jpg', MIME.jpg, 'jpg'],
    ['contoh.docx', MIME.docx, 'docx'],
    ['contoh.xlsx', MIME.xlsx, 'xlsx'],
    ['contoh.pptx', MIME.pptx, 'pptx'],
    ['contoh.odt', MIME.odt, 'odt'],
    ['contoh.doc', MIME.doc, 'doc'],
    ['contoh.xls', MIME.xls, 'xls'],
    ['contoh.ppt', MIME.ppt, 'ppt'],
  ])('%s → %s', (nama, mime, ext) => {
    expect(jenisBerkas(baca(nama))).toEqual({ mime, ext });
  });

  test('the name does not matter: a PNG named .pdf is a PNG', () => {
    expect(jenisBerkas(baca('contoh.png'))?.ext).toBe('png');
  });
});

describe('jenisBerkas: refused', () => {
  test.each([
    ['palsu.pdf', 'HTML renamed .pdf'],
    ['kosong.pdf', 'empty file'],
    ['gambar.svg', 'SVG (script inside)'],
    ['skrip.exe', 'executable'],
    ['arsip.zip', 'zip that is not an office document'],
    ['makro.docm', 'OOXML with a VBA project'],
    ['makro.doc', 'Word 97 with macros'],
    ['lain.msi', 'compound file of another application'],
  ])('%s (%s)', (nama) => {
    expect(jenisBerkas(baca(nama))).toBeNull();
  });

  test.each([
    ['null', null],
    ['7 bytes of a PNG header', baca('contoh.png').subarray(0, 7)],
    ['PDF header after a space', Buffer.concat([Buffer.from(' '), baca('contoh.pdf')])],
    ['UTF-8 text', Buffer.from('Laporan kegiatan bulan Januari 2025')],
    ['zip header without a central directory', baca('contoh.docx').subarray(0, 200)],
    ['OLE header only', baca('contoh.doc').subarray(0, 512)],
  ])('%s', (_n, b) => {
    expect(jenisBerkas(b as any)).toBeNull();
  });

  test('a directory loop in a compound file ends', () => {
    const b = Buffer.from(baca('contoh.doc'));
    b.writeUInt32LE(1, 512 + 4); // FAT: directory sector 1 points to itself
    expect(namaEntriCfb(b)).toEqual(expect.arrayContaining(['WordDocument']));
  });
});

describe('namaAman: shown and download name', () => {
  test.each([
    ['Laporan Januari.pdf', 'pdf', 'Laporan Januari.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\budi\\scan.JPG', 'jpg', 'scan.jpg'],
    ['foto.png.exe', 'png', 'foto.png.png'],
    ['"a";b<c>.pdf', 'pdf', '_a_b_c_.pdf'],
    ['', 'pdf', 'berkas.pdf'],
    ['...', 'pdf', 'berkas.pdf'],
    ['SK\u0000\nPlt.pdf', 'pdf', 'SK_Plt.pdf'],
    ['x'.repeat(300) + '.pdf', 'pdf', 'x'.repeat(110) + '.pdf'],
  ])('%j → %j', (asli, ext, hasil) => {
    expect(namaAman(asli, { mime: 'x', ext })).toBe(hasil);
  });
});

describe('dispositionLampiran', () => {
  test('attachment, ASCII fallback and the UTF-8 name', () => {
    expect(dispositionLampiran('Bukti "rapat".pdf')).toBe(
      `attachment; filename="Bukti _rapat_.pdf"; filename*=UTF-8''Bukti%20%22rapat%22.pdf`,
    );
    expect(dispositionLampiran('Surat Ñ.pdf')).toBe(
      `attachment; filename="Surat _.pdf"; filename*=UTF-8''Surat%20%C3%91.pdf`,
    );
  });
});

describe('periksaBerkas: the whole batch before anything is stored', () => {
  const pdf = { nama: 'a.pdf', ukuran: baca('contoh.pdf').length, isi: baca('contoh.pdf') };
  const png = { nama: 'b.png', ukuran: baca('contoh.png').length, isi: baca('contoh.png') };
  const html = { nama: 'c.pdf', ukuran: baca('palsu.pdf').length, isi: baca('palsu.pdf') };
  const besar = { nama: 'd.pdf', ukuran: 11 * 1024 * 1024, isi: baca('contoh.pdf') };
  const docx = { nama: 'e.docx', ukuran: baca('contoh.docx').length, isi: baca('contoh.docx') };
  const aturan = { maks: 2, batasByte: 10 * 1024 * 1024 };

  test.each([
    ['two good files', [pdf, png], aturan, { ok: true }],
    ['too many (counted first)', [pdf, png, html], aturan, { ok: false, kode: 'BUKTI_TERLALU_BANYAK' }],
    ['too large (before content)', [html, besar], aturan, { ok: false, kode: 'BERKAS_TERLALU_BESAR', nama: 'd.pdf' }],
    ['HTML named .pdf', [pdf, html], aturan, { ok: false, kode: 'JENIS_BERKAS_DITOLAK', nama: 'c.pdf' }],
    [
      'docx where only PDF/JPEG/PNG are allowed',
      [docx],
      { ...aturan, izinkan: MIME_DOKUMEN_SKP },
      { ok: false, kode: 'JENIS_BERKAS_DITOLAK' },
    ],
    ['docx as evidence', [docx], aturan, { ok: true }],
    ['no file', [], aturan, { ok: true }],
  ])('%s', (_n, daftar, a, hasil) => {
    expect(periksaBerkas(daftar as any, a)).toMatchObject(hasil);
  });

  test('the refusal names the file in Indonesian', () => {
    const r = periksaBerkas([besar], aturan);
    expect(r.ok === false && r.pesan).toMatch(/Berkas "d\.pdf" \(11 MB\) melebihi batas 10 MB/);
  });
});

describe('batasByte and berkasDto', () => {
  test.each([
    [10_485_760, undefined, 10_485_760],
    [10_485_760, 2_000_000, 2_000_000],
    [1_000_000, 5_000_000, 1_000_000],
    [undefined, undefined, 10_485_760],
  ])('sizeLimit %p, policy %p → %p', (a, b, c) => {
    expect(batasByte(a, b)).toBe(c);
  });

  test('the URL of a file is the authorised download route', () => {
    expect(berkasDto({ id: 7, name: 'a.pdf', size: 1.23, provider_metadata: { ukuran_byte: 1234 } })).toEqual({
      id: 7,
      nama: 'a.pdf',
      url: '/api/bukti/7',
      ukuran: 1234,
    });
    expect(berkasDto({ id: 8, name: 'b.pdf', size: 12.35 })).toMatchObject({ ukuran: 12350 });
    expect(berkasDto(null)).toBeNull();
  });
});

describe('aturanUnduhBerkas: AKSES_DITOLAK → PENYIMPANAN_TIDAK_MENDUKUNG', () => {
  test.each<[string, boolean, boolean, string | null, number | null]>([
    ['allowed, storage streams', true, true, null, null],
    ['not allowed', false, true, 'AKSES_DITOLAK', 403],
    ['not allowed and storage cannot stream: 403 first', false, false, 'AKSES_DITOLAK', 403],
    ['allowed, storage cannot stream', true, false, 'PENYIMPANAN_TIDAK_MENDUKUNG', 500],
  ])('%s', (_n, boleh, penyimpananMendukung, kode, status) => {
    const k = aturanUnduhBerkas({ boleh, penyimpananMendukung });
    expect(k.ok ? null : k.kode).toBe(kode);
    if (!k.ok) expect(k.status).toBe(status);
  });
});
