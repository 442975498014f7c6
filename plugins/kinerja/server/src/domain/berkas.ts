/**
 * Evidence files (bukti dukung): what a file IS, from its bytes, never from its name or the type the
 * browser declared (quality.md "Uploads"). Allowed: PDF, JPEG, PNG, OOXML (docx/xlsx/pptx), legacy
 * OLE office files (doc/xls/ppt) and ODF (odt/ods/odp). Office files with macros are refused.
 * Pure functions: no Strapi, no file system.
 */
import { z } from 'zod';
import { BOLEH, tolak, type Keputusan } from '@m-skp/inti';

export interface JenisBerkas {
  mime: string;
  /** extension without the dot, used for the stored name and the download name */
  ext: string;
}

export const MIME = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

/** The signed SKP document: PDF or a scan. */
export const MIME_DOKUMEN_SKP: readonly string[] = [MIME.pdf, MIME.jpg, MIME.png];
export const SEMUA_MIME: readonly string[] = Object.values(MIME);

const jenis = (ext: keyof typeof MIME): JenisBerkas => ({ mime: MIME[ext], ext });

const diawali = (b: Uint8Array, tanda: number[], mulai = 0) =>
  b.length >= mulai + tanda.length && tanda.every((x, i) => b[mulai + i] === x);

const u16 = (b: Uint8Array, i: number) => (i + 2 <= b.length ? b[i] | (b[i + 1] << 8) : -1);
const u32 = (b: Uint8Array, i: number) =>
  i + 4 <= b.length ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000 : -1;
const ascii = (b: Uint8Array, mulai: number, panjang: number) =>
  String.fromCharCode(...b.subarray(mulai, mulai + panjang));

// ---------------------------------------------------------------------------------------------
// ZIP containers: OOXML ([Content_Types].xml + word/ | xl/ | ppt/) and ODF (stored "mimetype" first)
// ---------------------------------------------------------------------------------------------

/** Entry names of a zip's central directory, or null when it is not a readable zip. */
export function namaEntriZip(b: Uint8Array, maksEntri = 5000): string[] | null {
  // End of central directory: signature 50 4B 05 06 within the last 22 + 65535 bytes.
  const batas = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= batas; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const jumlah = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  if (jumlah < 0 || p < 0 || p >= b.length) return null;
  const nama: string[] = [];
  for (let n = 0; n < Math.min(jumlah, maksEntri); n++) {
    if (!diawali(b, [0x50, 0x4b, 0x01, 0x02], p)) return null;
    const pjNama = u16(b, p + 28);
    const pjEkstra = u16(b, p + 30);
    const pjKomentar = u16(b, p + 32);
    if (pjNama < 0 || p + 46 + pjNama > b.length) return null;
    nama.push(Buffer.from(b.subarray(p + 46, p + 46 + pjNama)).toString('utf8'));
    p += 46 + pjNama + pjEkstra + pjKomentar;
  }
  return nama;
}

const MIME_ODF: Record<string, JenisBerkas> = {
  [MIME.odt]: jenis('odt'),
  [MIME.ods]: jenis('ods'),
  [MIME.odp]: jenis('odp'),
};

function jenisZip(b: Uint8Array): JenisBerkas | null {
  // ODF: the first local entry is "mimetype", stored (method 0), its content the document type.
  if (u16(b, 26) === 8 && ascii(b, 30, 8) === 'mimetype' && u16(b, 8) === 0) {
    const isi = ascii(b, 30 + 8 + u16(b, 28), Math.min(u32(b, 18), 100));
    if (MIME_ODF[isi] && namaEntriZip(b)) return MIME_ODF[isi];
    return null;
  }
  const nama = namaEntriZip(b);
  if (!nama || !nama.includes('[Content_Types].xml')) return null;
  // macro-enabled (docm/xlsm/pptm) or anything carrying a VBA project: refused
  if (nama.some((n) => /vbaProject\.bin$/i.test(n))) return null;
  const di = (folder: string) => nama.some((n) => n.startsWith(folder));
  if (di('word/')) return jenis('docx');
  if (di('xl/')) return jenis('xlsx');
  if (di('ppt/')) return jenis('pptx');
  return null;
}

// ---------------------------------------------------------------------------------------------
// OLE compound files (legacy .doc/.xls/.ppt): the directory tells which application wrote it
// ---------------------------------------------------------------------------------------------

const AKHIR_RANTAI = 0xfffffffe;

/** Names of the directory entries of a compound file (MS-CFB), or null when it cannot be read. */
export function namaEntriCfb(b: Uint8Array): string[] | null {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const ukuranSektor = 1 << shift;
  const sektor = (n: number) => (n + 1) * ukuranSektor;
  const jumlahSektor = Math.floor(b.length / ukuranSektor);
  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const sektorFat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 0x4c + i * 4);
    if (s >= 0 && s < jumlahSektor) sektorFat.push(s);
  }
  let difat = u32(b, 0x44);
  for (let langkah = 0; difat >= 0 && difat < jumlahSektor && langkah < jumlahSektor; langkah++) {
    const awal = sektor(difat);
    const per = ukuranSektor / 4 - 1;
    for (let i = 0; i < per; i++) {
      const s = u32(b, awal + i * 4);
      if (s >= 0 && s < jumlahSektor) sektorFat.push(s);
    }
    difat = u32(b, awal + per * 4);
  }
  const berikut = (n: number): number => {
    const perSektor = ukuranSektor / 4;
    const f = sektorFat[Math.floor(n / perSektor)];
    return f === undefined ? -1 : u32(b, sektor(f) + (n % perSektor) * 4);
  };
  const nama: string[] = [];
  const dilihat = new Set<number>();
  for (let s = u32(b, 0x30); s !== AKHIR_RANTAI; s = berikut(s)) {
    if (s < 0 || s >= jumlahSektor || dilihat.has(s)) return nama.length ? nama : null;
    dilihat.add(s);
    for (let e = sektor(s); e + 128 <= sektor(s) + ukuranSektor && e + 128 <= b.length; e += 128) {
      const pj = u16(b, e + 0x40);
      const tipe = b[e + 0x42];
      if (tipe === 0 || pj < 2 || pj > 64) continue;
      nama.push(Buffer.from(b.subarray(e, e + pj - 2)).toString('utf16le'));
    }
  }
  return nama;
}

function jenisCfb(b: Uint8Array): JenisBerkas | null {
  const nama = namaEntriCfb(b);
  if (!nama) return null;
  const ada = (n: string) => nama.some((x) => x.toLowerCase() === n.toLowerCase());
  // VBA macros (Word: "Macros", Excel/PowerPoint: "_VBA_PROJECT_CUR"/"VBA") are refused.
  if (ada('Macros') || ada('_VBA_PROJECT_CUR') || ada('VBA')) return null;
  if (ada('WordDocument')) return jenis('doc');
  if (ada('PowerPoint Document')) return jenis('ppt');
  if (ada('Workbook') || ada('Book')) return jenis('xls');
  return null; // .msg, .msi, encrypted OOXML ("EncryptedPackage"), …
}

// ---------------------------------------------------------------------------------------------

/** What the bytes are, or null when they are not an allowed evidence file (empty included). */
export function jenisBerkas(buffer: Uint8Array | null | undefined): JenisBerkas | null {
  const b = buffer;
  if (!b || b.length < 8) return null;
  if (diawali(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return jenis('pdf'); // %PDF-
  if (diawali(b, [0xff, 0xd8, 0xff])) return jenis('jpg');
  if (diawali(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return jenis('png');
  if (diawali(b, [0x50, 0x4b, 0x03, 0x04])) return jenisZip(b);
  if (diawali(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return jenisCfb(b);
  return null;
}

/**
 * The name shown and used for downloads: the last path segment of what the user sent, control and
 * reserved characters replaced, at most 120 characters, and the extension forced to the detected one.
 */
export function namaAman(asli: string | null | undefined, j: JenisBerkas): string {
  const dasar = String(asli ?? '')
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*;]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  let inti = dasar
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .slice(0, 110)
    .trim();
  if (!inti) inti = 'berkas';
  return `${inti}.${j.ext}`;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function dispositionLampiran(nama: string): string {
  const ascii = nama.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(nama).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** URL of a stored file in every answer: the authorised download route. */
export const urlBukti = (id: number | string) => `/api/bukti/${id}`;

/**
 * A stored file row (plugin::upload.file) as answered by the API. The row keeps the size in kB with two
 * decimals (`size`); the exact byte count is kept in `provider_metadata.ukuran_byte` by services/bukti.
 */
export function berkasDto(
  f:
    | { id: number; name: string; size?: number | string | null; provider_metadata?: { ukuran_byte?: number } | null }
    | null
    | undefined,
) {
  if (!f) return null;
  return { id: f.id, nama: f.name, url: urlBukti(f.id), ukuran: ukuranByte(f) };
}

export const ukuranByte = (f: {
  size?: number | string | null;
  provider_metadata?: { ukuran_byte?: number } | null;
}): number => Number(f.provider_metadata?.ukuran_byte ?? Math.round(Number(f.size ?? 0) * 1000));

/** Policy `bukti-dukung` (config/kebijakan/bukti-dukung.json). */
export const skemaBuktiDukung = z.object({
  maks_berkas: z.number().int().min(1).max(50),
  maks_tautan: z.number().int().min(0).max(50),
  /** optional lower size limit than the upload plugin's sizeLimit (UPLOAD_BATAS_BYTE) */
  batas_byte: z.number().int().positive().optional(),
});
export type KebijakanBuktiDukung = z.infer<typeof skemaBuktiDukung>;

/** Effective size limit: the smaller of the upload plugin's sizeLimit and the policy's batas_byte. */
export function batasByte(sizeLimit: number | null | undefined, kebijakan?: number | null): number {
  const nilai = [sizeLimit, kebijakan].filter((x): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0);
  return nilai.length ? Math.min(...nilai) : 10 * 1024 * 1024;
}

export type KodeTolak = 'BERKAS_TERLALU_BESAR' | 'JENIS_BERKAS_DITOLAK' | 'BUKTI_TERLALU_BANYAK';

/**
 * Checks a whole batch before anything is stored: count first, then every file's size, then the
 * bytes of each (`isi` may be a reader, called only once count and sizes passed). First refusal wins.
 */
export function periksaBerkas(
  daftar: Array<{ nama: string; ukuran: number; isi: Uint8Array | (() => Uint8Array) }>,
  aturan: { maks: number; batasByte: number; izinkan?: readonly string[] },
): { ok: true; jenis: JenisBerkas[] } | { ok: false; kode: KodeTolak; pesan: string; nama?: string } {
  if (daftar.length > aturan.maks) {
    return { ok: false, kode: 'BUKTI_TERLALU_BANYAK', pesan: `Paling banyak ${aturan.maks} berkas.` };
  }
  const mb = (n: number) => (n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  for (const d of daftar) {
    if (d.ukuran > aturan.batasByte) {
      return {
        ok: false,
        kode: 'BERKAS_TERLALU_BESAR',
        nama: d.nama,
        pesan: `Berkas "${d.nama}" (${mb(d.ukuran)} MB) melebihi batas ${mb(aturan.batasByte)} MB.`,
      };
    }
  }
  const hasil: JenisBerkas[] = [];
  for (const d of daftar) {
    const j = d.ukuran === 0 ? null : jenisBerkas(typeof d.isi === 'function' ? d.isi() : d.isi);
    if (!j || (aturan.izinkan && !aturan.izinkan.includes(j.mime))) {
      const hanyaPdfGambar = !!aturan.izinkan && aturan.izinkan.every((m) => MIME_DOKUMEN_SKP.includes(m));
      const boleh = hanyaPdfGambar
        ? 'PDF, JPEG atau PNG'
        : 'PDF, JPEG, PNG atau dokumen perkantoran (Word, Excel, PowerPoint, OpenDocument)';
      return { ok: false, kode: 'JENIS_BERKAS_DITOLAK', nama: d.nama, pesan: `Isi berkas "${d.nama}" bukan ${boleh}.` };
    }
    hasil.push(j);
  }
  return { ok: true, jenis: hasil };
}

/**
 * Downloading a stored file (after the 404 lookups): 403 AKSES_DITOLAK when the caller may not see the record
 * that references it, then 500 PENYIMPANAN_TIDAK_MENDUKUNG when the storage cannot stream it under control.
 */
export function aturanUnduhBerkas(f: { boleh: boolean; penyimpananMendukung: boolean }): Keputusan {
  if (!f.boleh) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengunduh berkas ini.');
  if (!f.penyimpananMendukung)
    return tolak(500, 'PENYIMPANAN_TIDAK_MENDUKUNG', 'Penyimpanan berkas tidak mendukung unduhan terkendali.');
  return BOLEH;
}
