/**
 * Reading printed PDFs back in the API tests (exports.md: outputs are checked by reading the file):
 * fetch a print as bytes, extract its text with poppler's `pdftotext -layout`, page count and size with
 * `pdfinfo`. `MSKP_CETAK_SIMPAN=<dir>` keeps every printed PDF for a look by eye.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "199004042015031004" → "19900404 201503 1 004" as the prints show it. */
export const grupNip = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;

/** How many times a pattern occurs in a text. */
export const hitung = (s: string, re: RegExp) =>
  (s.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')) ?? []).length;

export interface Cetakan {
  status: number;
  headers: Record<string, string>;
  berkas: Buffer;
  /** the error body when the answer is not a PDF */
  json: any;
}

/** Reads the whole body as bytes, whatever its type. */
const biner = (res: any, cb: (e: Error | null, b: Buffer) => void) => {
  const c: Buffer[] = [];
  res.on('data', (d: Buffer) => c.push(d));
  res.on('end', () => cb(null, Buffer.concat(c)));
};

let disimpan = 0;
/** GET a print with a JWT (or none) through the test harness `t` of tests/helpers/strapi.ts. */
export async function cetak(
  t: { as(jwt: string): any; http(): any },
  token: string | null,
  url: string,
): Promise<Cetakan> {
  const req = token ? t.as(token).get(url) : t.http().get(url);
  const r = await req.buffer(true).parse(biner);
  const berkas = r.body as Buffer;
  if (process.env.MSKP_CETAK_SIMPAN && r.status === 200)
    fs.writeFileSync(
      path.join(
        process.env.MSKP_CETAK_SIMPAN,
        `${process.pid}-${++disimpan}-${url.split('?')[0].split('/').pop()}.pdf`,
      ),
      berkas,
    );
  let json: any = null;
  if (!String(r.headers['content-type']).startsWith('application/pdf')) {
    try {
      json = JSON.parse(berkas.toString('utf8'));
    } catch {
      json = null;
    }
  }
  return { status: r.status, headers: r.headers as any, berkas, json };
}

let urut = 0;
/** Runs a poppler tool on the PDF bytes (written to a temp file). */
function poppler(alat: string, argumen: string[], berkas: Buffer): string {
  const f = path.join(os.tmpdir(), `mskp-cetak-${process.pid}-${++urut}.pdf`);
  fs.writeFileSync(f, berkas);
  try {
    return execFileSync(alat, [...argumen, f, ...(alat === 'pdftotext' ? ['-'] : [])]).toString('utf8');
  } finally {
    fs.rmSync(f, { force: true });
  }
}

/** Text of a PDF as poppler lays it out. */
export const teks = (berkas: Buffer): string => poppler('pdftotext', ['-layout'], berkas);

/** Page count and size (pt) from pdfinfo. */
export function info(berkas: Buffer): { halaman: number; lebar: number; tinggi: number } {
  const o = poppler('pdfinfo', [], berkas);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(o)!;
  return { halaman: Number(/Pages:\s+(\d+)/.exec(o)![1]), lebar: Number(m[1]), tinggi: Number(m[2]) };
}
