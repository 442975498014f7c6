import ExcelJS from 'exceljs';
import { GalatMskp } from '@m-skp/inti';

/** One non-blank row of a sheet: its row number as the spreadsheet shows it, and its plain cell values. */
export interface BarisLembar {
  nomor: number;
  sel: unknown[];
}

/** Plain cell value of exceljs (rich text, formula result, hyperlink text, dates as ISO). */
export function nilaiSel(v: any): unknown {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return v.richText.map((x: any) => x.text).join('');
    if ('result' in v) return nilaiSel(v.result);
    if ('text' in v) return v.text;
    if ('error' in v) return null;
  }
  return v;
}

/** `PK` = a zip container (xlsx). */
export const adalahXlsx = (isi: Buffer) => isi.subarray(0, 2).toString('latin1') === 'PK';

/**
 * Every worksheet of an uploaded .xlsx as its non-blank rows (the imports: presensi, DPA). A file exceljs
 * cannot read is a 400 naming `berkas`, never a 500.
 */
export async function bacaLembarXlsx(isi: Buffer, pesanTakTerbaca: string): Promise<BarisLembar[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(isi as any);
  } catch {
    throw new GalatMskp(400, 'BERKAS_TIDAK_TERBACA', pesanTakTerbaca, 'berkas');
  }
  return wb.worksheets.map((ws) => {
    const tabel: BarisLembar[] = [];
    ws.eachRow({ includeEmpty: false }, (row, nomor) => {
      const sel: unknown[] = [];
      for (let c = 1; c <= row.cellCount; c++) sel.push(nilaiSel(row.getCell(c).value));
      if (sel.some((x) => x != null && String(x).trim() !== '')) tabel.push({ nomor, sel });
    });
    return tabel;
  });
}
