import ExcelJS from 'exceljs';
import { perluTeks, type NilaiSel } from '../domain/predikat';

export const MERAH = 'FFC00000';

export interface OpsiLembar {
  /** column widths in characters */
  lebar?: number[];
  /** number formats per column index (0-based), e.g. {2: '0.00'} */
  format?: Record<number, string>;
  /** rows (0-based, without the header) written in red bold */
  merah?: (i: number) => boolean;
}

/**
 * One sheet of an export with the common rules of exports.md: the first row holds the headers exactly
 * as given (bold), frozen, with an autofilter over the data; numbers stay numbers; a text starting
 * with = + - @ is written as a text cell (format "@"), never as a formula.
 */
export function tambahLembar(
  wb: ExcelJS.Workbook,
  nama: string,
  header: readonly string[],
  baris: NilaiSel[][],
  o: OpsiLembar = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...header]).font = { bold: true };
  baris.forEach((b, i) => {
    const row = ws.addRow(b.map((v) => (v == null ? null : v)));
    b.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      // exceljs writes a JS string as a shared string (never a formula); "@" keeps Excel from re-reading it as one on edit
      if (perluTeks(v)) cell.numFmt = '@';
      else if (typeof v === 'number' && o.format?.[c]) cell.numFmt = o.format[c];
    });
    if (o.merah?.(i)) row.font = { bold: true, color: { argb: MERAH } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, baris.length + 1), column: header.length } };
  (o.lebar ?? header.map((h) => Math.max(10, h.length + 2))).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

export function bukuKerja(judul: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'M-SKP';
  wb.title = judul;
  wb.created = new Date();
  return wb;
}

export async function keBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
