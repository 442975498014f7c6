import ExcelJS, { type CellValue } from 'exceljs';

/** An uploaded file as the multipart middleware leaves it on the request (formidable). */
export interface BerkasUnggah {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size?: number;
}

/** One non-blank row of a sheet: its row number as the spreadsheet shows it, and its plain cell values. */
export interface BarisLembar {
  nomor: number;
  sel: unknown[];
}

/** Plain cell value of exceljs (rich text, formula result, hyperlink text, dates as ISO). */
export function nilaiSel(v: CellValue): unknown {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((x) => x.text).join('');
    if ('result' in v) return nilaiSel(v.result);
    if ('text' in v) return v.text;
    if ('error' in v) return null;
  }
  return v;
}

/** `PK` = a zip container (xlsx). */
export const adalahXlsx = (isi: Buffer) => isi.subarray(0, 2).toString('latin1') === 'PK';

/**
 * Every worksheet of an uploaded .xlsx as its non-blank rows (the imports: presensi, DPA); null for a file
 * exceljs cannot read (each import refuses it with 400 BERKAS_TIDAK_TERBACA naming `berkas`, never a 500).
 */
export async function bacaLembarXlsx(isi: Buffer): Promise<BarisLembar[][] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global `Buffer` (an ArrayBuffer) that Node's Buffer type does not match; it reads Node's
    await wb.xlsx.load(isi as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return null;
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
