import { layanan, type Aktor } from '@m-skp/inti';
import type { Core } from '@strapi/strapi';
import { DokumenPdf } from './dokumen';
import { tempatTanggal, teksPeriode } from '../domain/tanggal';
import { namaBerkas, type Golongan } from '../domain/format';
import {
  bagianLampiran,
  barisHasilKerja,
  barisIdentitas,
  barisPerilaku,
  blokTandaTangan,
  judulRencana,
  kolomHasilKerja,
  ikiTercetak,
  KEPALA_IDENTITAS,
  KOLOM_PERILAKU,
  LEBAR_IDENTITAS,
  type JenisSkp,
  type Kertas,
  type OrangCetak,
} from '../domain/skp';
import type { SkpDetail } from './baris';

export interface PermintaanCetak {
  skp: string;
  tanggal: string;
  tempat: string;
  kertas: Kertas;
}
export interface HasilCetak {
  berkas: Buffer;
  namaBerkas: string;
  halaman: number;
}

/** What the SKP prints read of a loaded SKP: its period, whose it is and who appraises it. */
export interface SkpCetak {
  /** documentId (kinerja's SKP answer) */
  id: string;
  tahun: number;
  periode_mulai: string;
  periode_akhir: string;
  pegawai_snapshot?: OrangCetak | null;
  pegawai?: { nama: string; nip: string } | null;
  penugasan?: { jabatan?: string | null } | null;
  penilai?: OrangCetak | null;
}

/**
 * SKP prints (Rencana SKP, Lampiran SKP). The SKP, its RHK/IKI/ekspektasi and the right to see it
 * come from kinerja's skp service (`detail` with `berlaku`: an RHK under revision prints its approved
 * version in force; 404 for an unknown SKP, 403 outside the caller's scope:
 * owner, penilai/atasan, Admin OPD of his OPD, BKPSDM, Inspektorat); identities come from the SKP's
 * snapshots. Every print writes an audit record with its filters.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kinerja = () => layanan(strapi, 'kinerja', 'skp');
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan');
  const audit = () => layanan(strapi, 'inti', 'audit');

  /** The SKP as kinerja shows it, after the scope check, plus the OPD name of its post for the kop. */
  async function muat(aktor: Aktor, skpId: string) {
    const skp: SkpDetail = await kinerja().detail(aktor, skpId, { berlaku: true });
    let opd: string | null = null;
    if (skp.penugasan?.id) {
      const pen = await strapi.db.query('plugin::inti.penugasan').findOne({
        where: { documentId: skp.penugasan.id },
        select: ['id'],
        populate: { jabatan: { select: ['id'], populate: { opd: { select: ['nama'] } } } },
      });
      opd = pen?.jabatan?.opd?.nama ?? null;
    }
    if (!opd && skp.pegawai?.id) {
      const p = await strapi.db
        .query('plugin::inti.pegawai')
        .findOne({ where: { documentId: skp.pegawai.id }, select: ['id'], populate: { opd: { select: ['nama'] } } });
      opd = p?.opd?.nama ?? null;
    }
    return { skp, opd };
  }

  const golongan = (tanggal: string): Golongan[] => {
    try {
      return (kebijakan().nilai('golongan', tanggal)?.pns ?? []) as Golongan[];
    } catch {
      return [];
    }
  };

  const orang = (s: SkpCetak): { pegawai: OrangCetak | null; penilai: OrangCetak | null } => ({
    pegawai:
      s.pegawai_snapshot ??
      (s.pegawai ? { nama: s.pegawai.nama, nip: s.pegawai.nip, jabatan: s.penugasan?.jabatan ?? null } : null),
    penilai: s.penilai ?? null,
  });

  /** Kop, titles, period and the identity table shared by both prints. */
  function kepala(doc: DokumenPdf, skp: SkpCetak, opd: string | null, judul: string[], tanggal: string) {
    doc.kop(opd, layanan(strapi, 'laporan', 'daerah').pada(tanggal).nama_pemerintah);
    doc.judul(judul);
    doc.baris(`PERIODE PENILAIAN: ${teksPeriode(skp.periode_mulai, skp.periode_akhir).toUpperCase()}`, {
      kanan: true,
      tebal: true,
      ukuran: 8.5,
    });
    const { pegawai, penilai } = orang(skp);
    doc.tabel([KEPALA_IDENTITAS], barisIdentitas(pegawai, penilai, golongan(skp.periode_mulai)), LEBAR_IDENTITAS);
  }

  function kaki(doc: DokumenPdf, skp: SkpCetak, p: PermintaanCetak) {
    const { pegawai, penilai } = orang(skp);
    const { kiri, kanan } = blokTandaTangan(pegawai, penilai, tempatTanggal(p.tempat, p.tanggal));
    doc.tandaTangan(kiri, kanan);
  }

  async function catat(
    aktor: Aktor,
    aksi: string,
    skp: SkpCetak,
    p: PermintaanCetak,
    hasil: HasilCetak,
    jumlah: Record<string, number>,
  ) {
    await audit().catat({
      ...audit().dariAktor(aktor),
      aksi,
      objekTipe: 'skp',
      objekId: skp.id,
      sesudah: {
        filter: { skp: p.skp, tanggal: p.tanggal, tempat: p.tempat, kertas: p.kertas },
        berkas: hasil.namaBerkas,
        halaman: hasil.halaman,
        ...jumlah,
      },
      keterangan: `${aksi} ${skp.pegawai_snapshot?.nip ?? skp.pegawai?.nip ?? ''} ${skp.tahun}`.trim(),
    });
  }

  return {
    /** GET /api/cetak/rencana-skp: the Rencana SKP in the JPT or JA/JF layout. */
    async rencana(aktor: Aktor, p: PermintaanCetak): Promise<HasilCetak> {
      const { skp, opd } = await muat(aktor, p.skp);
      const jenis: JenisSkp = skp.jenis;
      const doc = new DokumenPdf(p.kertas, `Rencana SKP ${skp.tahun}`);
      kepala(doc, skp, opd, judulRencana(jenis, skp.pendekatan), p.tanggal);

      doc.baris('HASIL KERJA', { tebal: true });
      doc.tabelKolom(kolomHasilKerja(jenis), barisHasilKerja(jenis, skp.rhk ?? []));

      doc.baris('PERILAKU KERJA', { tebal: true });
      const nilai = layanan(strapi, 'inti', 'kebijakan').nilai('berakhlak', skp.periode_mulai);
      doc.tabelKolom(KOLOM_PERILAKU, barisPerilaku(nilai.nilai_dasar, skp.ekspektasi ?? []));

      kaki(doc, skp, p);
      const halaman = doc.jumlahHalaman;
      const hasil = {
        berkas: doc.selesai(),
        namaBerkas: namaBerkas('rencana-skp', skp.pegawai_snapshot?.nip ?? skp.pegawai?.nip, skp.tahun),
        halaman,
      };
      const rhk = skp.rhk ?? [];
      await catat(aktor, 'CETAK_RENCANA_SKP', skp, p, hasil, {
        jumlah_rhk: rhk.length,
        jumlah_iki: rhk.reduce((a, r) => a + ikiTercetak(r.iki ?? []).length, 0),
      });
      return hasil;
    },

    /** GET /api/cetak/lampiran-skp: Dukungan Sumber Daya, Skema Pertanggungjawaban, Konsekuensi. */
    async lampiran(aktor: Aktor, p: PermintaanCetak): Promise<HasilCetak> {
      const { skp, opd } = await muat(aktor, p.skp);
      const doc = new DokumenPdf(p.kertas, `Lampiran SKP ${skp.tahun}`);
      kepala(doc, skp, opd, ['LAMPIRAN SASARAN KINERJA PEGAWAI'], p.tanggal);
      const bagian = bagianLampiran(skp.lampiran);
      for (const b of bagian) {
        doc.tabel(
          [[{ content: b.judul }]],
          b.butir.map((x) => [{ content: x }]),
          [1],
        );
      }
      kaki(doc, skp, p);
      const halaman = doc.jumlahHalaman;
      const hasil = {
        berkas: doc.selesai(),
        namaBerkas: namaBerkas('lampiran-skp', skp.pegawai_snapshot?.nip ?? skp.pegawai?.nip, skp.tahun),
        halaman,
      };
      await catat(aktor, 'CETAK_LAMPIRAN_SKP', skp, p, hasil, {
        jumlah_butir: bagian.reduce((a, b) => a + b.butir.filter((x) => x !== '-').length, 0),
      });
      return hasil;
    },
  };
};
