import { jsPDF } from 'jspdf';
import { autoTable, type CellDef, type RowInput, type Styles } from 'jspdf-autotable';
import { teksCetak } from '../domain/format';
import { KERTAS, teksHalaman, type BlokTtd, type Kertas, type Kolom, type Sel } from '../domain/skp';

const HITAM: [number, number, number] = [0, 0, 0];

/** Turns a layout cell of domain/ into a jsPDF-autotable cell. */
export function selPdf(s: Sel): CellDef {
  const styles: Record<string, unknown> = {};
  if (s.gaya === 'bagian') Object.assign(styles, { fontStyle: 'bold', fillColor: [242, 242, 242] });
  if (s.gaya === 'tengah') styles.halign = 'center';
  if (s.gaya === 'sorot') Object.assign(styles, { fontStyle: 'bold', halign: 'center', fillColor: [255, 217, 102] });
  return {
    content: teksCetak(s.content),
    ...(s.rowSpan ? { rowSpan: s.rowSpan } : {}),
    ...(s.colSpan ? { colSpan: s.colSpan } : {}),
    styles,
  };
}

/**
 * A portrait A4/F4 document of the regional government with the common parts of every print (exports.md): kop surat
 * with a logo placeholder, centred titles, grid tables whose header repeats on every page, two
 * signature blocks, and "Halaman x dari y" on every page. Plain Node, no DOM (jsPDF 4 + autotable 5).
 */
export class DokumenPdf {
  readonly doc: jsPDF;
  readonly lebar: number;
  readonly tinggi: number;
  readonly kiri = 15;
  readonly kanan = 15;
  readonly atas = 15;
  readonly bawah = 18;
  y: number;

  /** `melintang`: landscape (wide tables such as the Daftar Nominatif TPP). */
  constructor(kertas: Kertas, judul: string, melintang = false) {
    const [w, h] = melintang ? [...KERTAS[kertas]].reverse() : KERTAS[kertas];
    this.doc = new jsPDF({
      unit: 'mm',
      format: [w, h],
      orientation: melintang ? 'landscape' : 'portrait',
      compress: true,
    });
    this.doc.setProperties({ title: judul, creator: 'M-SKP', subject: judul });
    this.lebar = w;
    this.tinggi = h;
    this.y = this.atas;
    this.doc.setTextColor(0, 0, 0);
    this.doc.setDrawColor(0, 0, 0);
  }

  get lebarIsi() {
    return this.lebar - this.kiri - this.kanan;
  }

  private pastikanRuang(mm: number) {
    if (this.y + mm > this.tinggi - this.bawah) {
      this.doc.addPage();
      this.y = this.atas;
    }
  }

  /**
   * Kop surat: logo placeholder box, the regional government (`nama_pemerintah` of policy `daerah` at
   * the document's date, e.g. "PEMERINTAH KOTA MADIUN"), the OPD name, a double rule.
   */
  kop(namaOpd: string | null | undefined, pemerintah: string) {
    const d = this.doc;
    const kotak = 20;
    d.setLineWidth(0.3);
    d.rect(this.kiri, this.y, kotak, kotak + 2);
    d.setFont('helvetica', 'normal');
    d.setFontSize(6);
    d.text('LOGO', this.kiri + kotak / 2, this.y + kotak / 2 + 1.5, { align: 'center' });
    const tengah = this.kiri + kotak + (this.lebarIsi - kotak) / 2;
    d.setFont('helvetica', 'bold');
    d.setFontSize(14);
    d.text(teksCetak(pemerintah).toUpperCase(), tengah, this.y + 7, { align: 'center' });
    d.setFontSize(12);
    const baris = d.splitTextToSize(teksCetak(namaOpd).toUpperCase() || '-', this.lebarIsi - kotak - 4) as string[];
    d.text(baris.slice(0, 2), tengah, this.y + 13.5, { align: 'center' });
    const garis = this.y + kotak + 4;
    d.setLineWidth(0.8);
    d.line(this.kiri, garis, this.lebar - this.kanan, garis);
    d.setLineWidth(0.2);
    d.line(this.kiri, garis + 1, this.lebar - this.kanan, garis + 1);
    this.y = garis + 7;
  }

  /** Centred bold title lines. */
  judul(baris: string[], ukuran = 11) {
    const d = this.doc;
    d.setFont('helvetica', 'bold');
    d.setFontSize(ukuran);
    for (const b of baris) {
      this.pastikanRuang(6);
      d.text(teksCetak(b), this.lebar / 2, this.y, { align: 'center' });
      this.y += 5;
    }
    this.y += 1;
  }

  /** One line of text, left or right aligned. */
  baris(teks: string, opsi: { tebal?: boolean; kanan?: boolean; ukuran?: number } = {}) {
    const d = this.doc;
    d.setFont('helvetica', opsi.tebal ? 'bold' : 'normal');
    d.setFontSize(opsi.ukuran ?? 9);
    this.pastikanRuang(6);
    if (opsi.kanan) d.text(teksCetak(teks), this.lebar - this.kanan, this.y, { align: 'right' });
    else d.text(teksCetak(teks), this.kiri, this.y);
    this.y += 5;
  }

  /** A grid table; its header rows repeat on every page; rows are not split across pages. */
  tabel(kepala: Sel[][], baris: Sel[][], lebar: number[], opsi: { tengahKolom?: number[] } = {}) {
    const columnStyles: Record<number, Partial<Styles>> = {};
    lebar.forEach(
      (l, i) =>
        (columnStyles[i] = {
          cellWidth: l * this.lebarIsi,
          ...(opsi.tengahKolom?.includes(i) ? { halign: 'center' } : {}),
        }),
    );
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: this.kiri, right: this.kanan, top: this.atas, bottom: this.bawah },
      theme: 'grid',
      head: kepala.map((r) => r.map(selPdf)) as RowInput[],
      body: baris.map((r) => r.map(selPdf)) as RowInput[],
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      styles: {
        font: 'helvetica',
        fontSize: 8,
        cellPadding: 1.5,
        textColor: HITAM,
        lineColor: HITAM,
        lineWidth: 0.2,
        valign: 'top',
        overflow: 'linebreak',
      },
      headStyles: {
        fillColor: [217, 217, 217],
        textColor: HITAM,
        fontStyle: 'bold',
        halign: 'center',
        valign: 'middle',
      },
      columnStyles,
    });
    // jspdf-autotable records the last table's end on the document (not in jsPDF's own type)
    this.y = ((this.doc as jsPDF & { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? this.y) + 5;
  }

  /** A table from column definitions (one header row). */
  tabelKolom(kolom: Kolom[], baris: Sel[][]) {
    this.tabel(
      [kolom.map((k) => ({ content: k.judul }))],
      baris,
      kolom.map((k) => k.lebar),
    );
  }

  /**
   * Two signature blocks side by side, kept together on one page. Long lines (a long post) wrap inside
   * their half; the names of both blocks stay on one baseline.
   */
  tandaTangan(kiri: BlokTtd, kanan: BlokTtd) {
    const d = this.doc;
    const jarak = 4.5;
    const ruangTtd = 20;
    const lebarBlok = this.lebarIsi / 2 - 6;
    d.setFont('helvetica', 'normal');
    d.setFontSize(9);
    const pecah = (b: BlokTtd) =>
      b.atas.flatMap((a) => (a ? (d.splitTextToSize(teksCetak(a), lebarBlok) as string[]) : ['']));
    const [atasKiri, atasKanan] = [pecah(kiri), pecah(kanan)];
    const n = Math.max(atasKiri.length, atasKanan.length);
    const tinggiBlok = n * jarak + ruangTtd + 2 * jarak;
    this.pastikanRuang(tinggiBlok + 4);
    this.y += 2;
    const tulis = (b: BlokTtd, atas: string[], x: number) => {
      let y = this.y;
      d.setFont('helvetica', 'normal');
      d.setFontSize(9);
      for (const a of atas) {
        if (a) d.text(a, x, y, { align: 'center' });
        y += jarak;
      }
      y = this.y + n * jarak + ruangTtd;
      d.setFont('helvetica', 'bold');
      const nama = teksCetak(b.nama);
      d.text(nama, x, y, { align: 'center' });
      const w = d.getTextWidth(nama);
      d.setLineWidth(0.2);
      d.line(x - w / 2, y + 0.7, x + w / 2, y + 0.7);
      d.setFont('helvetica', 'normal');
      d.text(teksCetak(b.nip), x, y + jarak, { align: 'center' });
    };
    tulis(kiri, atasKiri, this.kiri + this.lebarIsi * 0.25);
    tulis(kanan, atasKanan, this.kiri + this.lebarIsi * 0.75);
    this.y += tinggiBlok;
  }

  get jumlahHalaman(): number {
    return this.doc.getNumberOfPages();
  }

  /** Writes "Halaman x dari y" on every page and returns the PDF bytes. */
  selesai(): Buffer {
    const d = this.doc;
    const n = d.getNumberOfPages();
    for (let i = 1; i <= n; i++) {
      d.setPage(i);
      d.setFont('helvetica', 'normal');
      d.setFontSize(8);
      d.text(teksHalaman(i, n), this.lebar - this.kanan, this.tinggi - 8, { align: 'right' });
    }
    return Buffer.from(d.output('arraybuffer'));
  }
}
