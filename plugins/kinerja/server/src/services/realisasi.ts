import type { Core } from '@strapi/strapi';
import { GalatMskp, galatDari, hariIni, unikDilanggar, pastikan, type Aktor, layanan } from '@m-skp/inti';
import { jabatanPenilaianSkp } from '../domain/skp';
import { lewatBatasInput } from '../domain/capaian';
import { targetPadaBulan } from '../domain/renaksi';
import {
  aturanBukaInput,
  aturanIsianRealisasi,
  aturanPemeriksaRealisasi,
  aturanWaktuRealisasi,
  penolakanRealisasiBersamaan,
} from '../domain/aturan-realisasi';
import { UID_RENAKSI, UID_REALISASI, realisasiDto, type BarisRealisasi, type BarisRenaksi } from './renaksi';
import type { BerkasMasuk, BerkasTersimpan } from './bukti';
import { tanggalAcuanBulan } from './capaian';
import { renaksiBerlaku } from '../domain/versi';

const UID_IZIN = 'plugin::kinerja.izin-input';

/** A row to write through the Document Service: kinerja's attributes are not in Strapi's generated types. */
type Data = Record<string, unknown>;

export interface RealisasiIsian {
  bulan?: unknown;
  nilai?: unknown;
  faktor_penunjang?: string | null;
  faktor_penghambat?: string | null;
  bukti_url?: unknown;
  /** ids of evidence files already attached that the owner removes on resubmission */
  hapus_bukti?: number[];
}

/** POST /api/realisasi/buka-input body. */
export interface IsianBukaInput {
  nip: string;
  tahun: number;
  bulan: number;
  alasan: string;
  sampai?: string;
}

/** What the controller read of the entry request besides the body: the files and the Idempotency-Key header. */
export interface PermintaanRealisasi {
  berkas: BerkasMasuk[];
  kunciIdempotensi?: string | null;
}

/** A renaksi as the entry reads it (with its pegawai and its RHK's SKP and frozen version). */
type RenaksiIsian = Omit<BarisRenaksi, 'pegawai' | 'rhk'> & {
  pegawai: NonNullable<BarisRenaksi['pegawai']>;
  rhk: {
    id: number;
    status_revisi?: string | null;
    versi_disetujui?: unknown;
    skp?: { id: number; status: string } | null;
  } | null;
};

const POPULATE_REALISASI = { bukti: { select: ['id', 'name', 'mime', 'size', 'provider_metadata'] } };

/**
 * Realisasi of renaksi: entry with mandatory evidence by the owner (or an external system's token),
 * the penilai's check with umpan balik (one or many), and reopening of entry after the deadline.
 * Every write: period lock (423), scope, one transaction with its audit record.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  const periode = () => layanan(strapi, 'inti', 'periode');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const idempotensi = () => layanan(strapi, 'inti', 'idempotensi');
  const capaian = () => layanan(strapi, 'kinerja', 'capaian');
  const bukti = () => layanan(strapi, 'kinerja', 'bukti');
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');
  const versi = () => layanan(strapi, 'kinerja', 'versi');

  /** Whether entry for the month is open to the owner: before the deadline, or reopened by the penilai. */
  async function inputTerbuka(pegawaiId: number, tahun: number, bulan: number, hari: string) {
    const k = capaian().aturan(tahun, bulan);
    if (!lewatBatasInput(tahun, bulan, k.batas_input_hari, hari)) return true;
    const izin = await q(UID_IZIN).findOne({
      where: { pegawai: { id: pegawaiId }, tahun, bulan, sampai: { $gte: hari } },
      select: ['id'],
    });
    return !!izin;
  }

  /**
   * The actor must be the penilai of the pegawai in the month, Plt included (or Admin BKPSDM); returns his capacity. `jabatanPlt`: the realisasi
   * belongs to a Plt/Plh SKP, so the penilai of that post decides (domain.md §5: J's penilai rates P as Plt of J).
   */
  async function wajibPenilai(aktor: Aktor, pegawaiId: number, tahun: number, bulan: number, jabatanPlt?: number) {
    const tanggal = tanggalAcuanBulan(tahun, bulan);
    if (aktor.pegawaiId != null) {
      const penilai = await organisasi().penilaiPegawai(pegawaiId, tanggal, jabatanPlt);
      if (penilai && Number(penilai.pegawaiId) === aktor.pegawaiId) return { sebagai: penilai.sebagai as string };
    }
    pastikan(aturanPemeriksaRealisasi(false, aktor.peran === 'admin_bkpsdm'));
    return { sebagai: 'ADMIN' };
  }

  return {
    inputTerbuka,

    /**
     * POST /api/rencana-aksi/:id/realisasi. Order of refusals: 404, 403 (not the owner / outside the
     * token's scope), 409 (SKP not approved; renaksi added by a pending RHK revision: REVISI_BELUM_DISETUJUI), 400 (month, value, evidence), 423 (locked), 409 (deadline,
     * already checked). The Idempotency-Key replays the first answer.
     */
    async isi(aktor: Aktor, renaksiDocId: string, i: RealisasiIsian, p: PermintaanRealisasi) {
      const files = p.berkas;
      const r: RenaksiIsian | null = await q(UID_RENAKSI).findOne({
        where: { documentId: String(renaksiDocId) },
        populate: {
          pegawai: { select: ['id', 'documentId', 'nip'] },
          rhk: { select: ['id', 'status_revisi', 'versi_disetujui'], populate: { skp: { select: ['id', 'status'] } } },
        },
      });
      if (!r || !r.pegawai)
        throw new GalatMskp(
          404,
          'RENAKSI_TIDAK_DITEMUKAN',
          `Rencana aksi dengan id "${renaksiDocId}" tidak ditemukan.`,
        );
      const kunci = idempotensi().kunci(aktor, p.kunciIdempotensi, `realisasi:${r.documentId}`);
      if (kunci) {
        const ada = await idempotensi().tersimpan(kunci);
        if (ada && ada.status) return { ...ada, ulangan: true };
      }
      const pemilik = aktor.pegawaiId != null && aktor.pegawaiId === r.pegawai.id;
      const lewatToken =
        !pemilik && aktor.token != null && (await cakupan().hubungan(aktor, r.pegawai.id, hariIni())) != null;
      const aturanBukti = bukti().kebijakan();
      // the renaksi in force: an RHK under revision counts its approved version; one added by the revision waits for its approval
      const berlaku = renaksiBerlaku(r, versi().dariRhk(r.rhk ?? {}));
      const isian = aturanIsianRealisasi({
        pemilik,
        lewatToken,
        statusSkp: r.rhk?.skp?.status ?? null,
        bulan: i.bulan,
        berlaku,
        nilai: i.nilai,
        buktiUrl: i.bukti_url,
        maksTautan: aturanBukti.maks_tautan,
      });
      if (!isian.ok) throw galatDari(isian);
      const { bulan: bl, target, nilai } = isian;
      const lama: BarisRealisasi | null = await q(UID_REALISASI).findOne({
        where: { kunci_unik: `${r.id}:${bl}` },
        populate: POPULATE_REALISASI,
      });
      const hapus = new Set((i.hapus_bukti ?? []).map(Number));
      const berkasTetap = (lama?.bukti ?? []).filter((f) => !hapus.has(f.id));
      const tautanAkhir = i.bukti_url !== undefined ? isian.tautan : (lama?.bukti_url ?? []);
      const hari = hariIni();
      pastikan(
        aturanWaktuRealisasi({
          tahun: r.tahun,
          bulan: bl,
          hari,
          berkasBaru: files.length,
          berkasTetap: berkasTetap.length,
          tautan: tautanAkhir.length,
          maksBerkas: aturanBukti.maks_berkas,
          terkunci: await periode().terkunci(r.tahun, bl),
          inputTerbuka: await inputTerbuka(r.pegawai.id, r.tahun, bl, hari),
          batasInputHari: capaian().aturan(r.tahun, bl).batas_input_hari,
          statusLama: lama?.status ?? null,
        }),
      );
      const maksBaru = aturanBukti.maks_berkas - berkasTetap.length;

      const baruDisimpan: BerkasTersimpan[] = files.length ? await bukti().simpan(files, { maks: maksBaru }) : [];
      const hapusBaru = async () => {
        if (baruDisimpan.length) await bukti().hapus(baruDisimpan.map((f) => f.id));
      };
      const oleh = pemilik ? r.pegawai.nip : `token:${aktor.token}`;
      const hasil = await idempotensi().jalankan(
        kunci,
        async () => {
          const data = {
            nilai,
            faktor_penunjang: i.faktor_penunjang ?? lama?.faktor_penunjang ?? null,
            faktor_penghambat: i.faktor_penghambat ?? lama?.faktor_penghambat ?? null,
            bukti: [...berkasTetap.map((f) => f.id), ...baruDisimpan.map((f) => f.id)],
            bukti_url: tautanAkhir,
            status: 'UNCHECKED',
            diisi_pada: new Date(),
            diisi_oleh: oleh,
            ...capaian().nilaiRealisasi(target, nilai, berlaku!.polaritas, r.tahun, bl),
          };
          let docId: string;
          if (lama) {
            await strapi.documents(UID_REALISASI).update({ documentId: lama.documentId, data: data as Data });
            docId = lama.documentId;
          } else {
            const baru = await strapi
              .documents(UID_REALISASI)
              .create({
                data: {
                  ...data,
                  rencana_aksi: r.documentId,
                  pegawai: r.pegawai.documentId,
                  tahun: r.tahun,
                  bulan: bl,
                  kunci_unik: `${r.id}:${bl}`,
                },
              })
              .catch((e: unknown) => {
                // two first submissions of the same month at once (no key, or different keys): the unique index keeps one
                if (unikDilanggar(e)) throw galatDari(penolakanRealisasiBersamaan(bl));
                throw e;
              });
            docId = baru.documentId;
          }
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: lama ? 'REALISASI_DIUBAH' : 'REALISASI_DIISI',
            objekTipe: 'realisasi',
            objekId: docId,
            sebelum: lama
              ? { nilai: lama.nilai, bukti: (lama.bukti ?? []).map((f) => f.id), bukti_url: lama.bukti_url }
              : null,
            sesudah: { renaksi: r.documentId, bulan: bl, nilai, bukti: data.bukti, bukti_url: tautanAkhir },
            bertindakSebagai: pemilik ? 'PEMILIK' : 'SISTEM_EKSTERNAL',
          });
          const x: BarisRealisasi | null = await q(UID_REALISASI).findOne({
            where: { documentId: docId },
            populate: POPULATE_REALISASI,
          });
          return { status: lama ? 200 : 201, body: { data: realisasiDto(x) } };
        },
        hapusBaru,
      );
      // Files removed from a resubmitted realisasi go after the commit.
      const dilepas = (lama?.bukti ?? []).filter((f) => hapus.has(f.id)).map((f) => f.id);
      if (!hasil.ulangan && dilepas.length) await bukti().hapus(dilepas);
      return hasil;
    },

    /** POST /api/realisasi/:id/periksa and the bulk form: the penilai marks CHECKED with umpan balik. */
    async periksa(aktor: Aktor, ids: string[], umpanBalik: string | null) {
      const rows: (BarisRealisasi & { pegawai: { id: number } })[] = await q(UID_REALISASI).findMany({
        where: { documentId: { $in: ids } },
        populate: {
          pegawai: { select: ['id'] },
          rencana_aksi: {
            select: ['id'],
            populate: {
              rhk: {
                select: ['id'],
                populate: {
                  skp: {
                    select: ['id'],
                    populate: { penugasan: { select: ['jenis'], populate: { jabatan: { select: ['id'] } } } },
                  },
                },
              },
            },
          },
          ...POPULATE_REALISASI,
        },
      });
      if (rows.length !== new Set(ids).size) {
        const ada = new Set(rows.map((x) => x.documentId));
        throw new GalatMskp(
          404,
          'REALISASI_TIDAK_DITEMUKAN',
          `Realisasi tidak ditemukan: ${ids
            .filter((x) => !ada.has(x))
            .slice(0, 5)
            .join(', ')}.`,
          'ids',
        );
      }
      const sebagai = new Map<string, string>();
      for (const x of rows) {
        const p = await wajibPenilai(
          aktor,
          x.pegawai.id,
          x.tahun,
          x.bulan,
          jabatanPenilaianSkp(x.rencana_aksi?.rhk?.skp?.penugasan),
        );
        sebagai.set(x.documentId, p.sebagai);
        await periode().wajibTerbuka(x.tahun, x.bulan);
      }
      const saya = await skpSvc().identitas(aktor);
      const waktu = new Date();
      await strapi.db.transaction(async () => {
        for (const x of rows) {
          const data = {
            status: 'CHECKED',
            umpan_balik: umpanBalik ?? x.umpan_balik ?? null,
            diperiksa_oleh_nip: saya.nip,
            diperiksa_oleh_nama: saya.nama,
            diperiksa_pada: waktu,
          };
          await q(UID_REALISASI).update({ where: { id: x.id }, data });
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: 'REALISASI_DIPERIKSA',
            objekTipe: 'realisasi',
            objekId: x.documentId,
            sebelum: { status: x.status, umpan_balik: x.umpan_balik },
            sesudah: { status: 'CHECKED', umpan_balik: data.umpan_balik },
            bertindakSebagai: sebagai.get(x.documentId),
          });
        }
      });
      const hasil: BarisRealisasi[] = await q(UID_REALISASI).findMany({
        where: { documentId: { $in: ids } },
        populate: POPULATE_REALISASI,
      });
      return hasil.map(realisasiDto);
    },

    /** POST /api/realisasi/buka-input: the penilai reopens entry of a month after its deadline. */
    async bukaInput(aktor: Aktor, i: IsianBukaInput) {
      const p = await organisasi().wajibPegawaiNip(i.nip, { select: ['id', 'documentId'] });
      const { sebagai } = await wajibPenilai(aktor, p.id, i.tahun, i.bulan);
      await periode().wajibTerbuka(i.tahun, i.bulan);
      const hari = hariIni();
      const sampai = i.sampai ?? tambahHari(hari, 7);
      pastikan(aturanBukaInput(sampai, hari));
      const saya = await skpSvc().identitas(aktor);
      const izin = await strapi.db.transaction(async () => {
        const baru = await strapi.documents(UID_IZIN).create({
          data: {
            pegawai: p.documentId,
            tahun: i.tahun,
            bulan: i.bulan,
            sampai,
            alasan: i.alasan,
            oleh_nip: saya.nip,
            oleh_nama: saya.nama,
            sebagai,
          },
        });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'INPUT_REALISASI_DIBUKA',
          objekTipe: 'izin-input',
          objekId: baru.documentId,
          sesudah: { nip: i.nip, tahun: i.tahun, bulan: i.bulan, sampai },
          keterangan: i.alasan,
          bertindakSebagai: sebagai,
        });
        return baru;
      });
      return { id: izin.documentId, nip: i.nip, tahun: i.tahun, bulan: i.bulan, sampai, alasan: i.alasan };
    },

    /**
     * Recomputes the stored capaian of the realisasi of one renaksi against its version in force (after a
     * target change, or when a revision is approved); nothing while a revision of its RHK is pending.
     */
    async hitungUlang(renaksiId: number) {
      const hidup: Pick<BarisRenaksi, 'id' | 'target' | 'polaritas' | 'tahun'> & {
        rhk: { id: number; status_revisi?: string | null; versi_disetujui?: unknown } | null;
      } = await q(UID_RENAKSI).findOne({
        where: { id: renaksiId },
        select: ['id', 'target', 'polaritas', 'tahun'],
        populate: { rhk: { select: ['id', 'status_revisi', 'versi_disetujui'] } },
      });
      const r = hidup ? renaksiBerlaku(hidup, versi().dariRhk(hidup.rhk ?? {})) : null;
      if (!r) return;
      const xs: Pick<BarisRealisasi, 'id' | 'bulan' | 'nilai'>[] = await q(UID_REALISASI).findMany({
        where: { rencana_aksi: { id: renaksiId } },
        select: ['id', 'bulan', 'nilai'],
      });
      for (const x of xs) {
        const t = targetPadaBulan(r.target, x.bulan);
        if (t == null) continue;
        await q(UID_REALISASI).update({
          where: { id: x.id },
          data: capaian().nilaiRealisasi(t, Number(x.nilai), r.polaritas, hidup.tahun, x.bulan),
        });
      }
    },
  };
};

function tambahHari(tanggal: string, n: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
