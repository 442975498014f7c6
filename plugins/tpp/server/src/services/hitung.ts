import { GalatMskp } from '@m-skp/inti/dist/server/domain/galat';
import { PERAN } from '@m-skp/inti/dist/server/domain/peran';
import { hariIni } from '@m-skp/inti/dist/server/domain/tanggal';
import { filterPenugasanBertumpuk } from '@m-skp/inti/dist/server/domain/penugasan';
import { namaLengkap } from '@m-skp/inti/dist/server/services/pengguna';
import { tanggalAcuanBulan } from '@m-skp/kinerja/dist/server/services/capaian';
import { hitungTpp, tanggalKebijakanTpp, MasukanTppTidakValid, type VersiTpp, type HasilTpp } from '../domain/tpp';
import { simpanBarisTpp } from './tulis-tpp';
import { bulanTambahan, pilihPredikat, susunMasukan, tanggalPosRun, totalRun } from '../domain/hitung';

export const UID_TPP = 'plugin::tpp.tpp';
const UID_PRESENSI = 'plugin::tpp.presensi';
const UID_EVALUASI = 'plugin::kinerja.evaluasi';
export const kunciTpp = (pegawaiId: number, tahun: number, bulan: number) => `${pegawaiId}:${tahun}:${bulan}`;

/** Engine result → stored line columns (SIPD names; `iwp_1%` is stored as `iwp_1`). */
export function kolomHasil(h: HasilTpp) {
  return {
    tpp_max: h.tpp_max,
    belanja_tpp_beban_kerja: h.belanja_tpp_beban_kerja,
    belanja_tpp_tempat_bertugas: h.belanja_tpp_tempat_bertugas,
    belanja_tpp_kondisi_kerja: h.belanja_tpp_kondisi_kerja,
    belanja_tpp_kelangkaan_profesi: h.belanja_tpp_kelangkaan_profesi,
    belanja_tpp_prestasi_kerja: h.belanja_tpp_prestasi_kerja,
    tunjangan_iuran_jaminan_kesehatan: h.tunjangan_iuran_jaminan_kesehatan,
    tunjangan_iuran_jaminan_kecelakaan_kerja: h.tunjangan_iuran_jaminan_kecelakaan_kerja,
    tunjangan_iuran_jaminan_kematian: h.tunjangan_iuran_jaminan_kematian,
    tunjangan_jaminan_hari_tua: h.tunjangan_jaminan_hari_tua,
    tunjangan_jaminan_pensiun: h.tunjangan_jaminan_pensiun,
    tunjangan_iuran_simpanan_tapera: h.tunjangan_iuran_simpanan_tapera,
    potongan_iuran_jaminan_kesehatan: h.potongan_iuran_jaminan_kesehatan,
    iwp_1: h['iwp_1%'],
    pph_21: h.pph_21,
    zakat: h.zakat,
    bulog: h.bulog,
    potongan_lain: h.potongan_lain,
    jumlah_tpp: h.jumlah_tpp,
    jumlah_potongan: h.jumlah_potongan,
    jumlah_ditransfer: h.jumlah_ditransfer,
  };
}

/**
 * The TPP run (domain.md §7): every active pegawai of one OPD (or the city) for one month, computed by
 * the pure engine and stored as `plugin::tpp.tpp` lines in one transaction with one audit record.
 * Reads are set-based (pegawai, posts, presensi, evaluations, existing lines: one query each; capaian
 * through `capaianMassal`: a constant number); new lines are written in batches, existing ones one UPDATE each (tulis-tpp.ts).
 */
export default ({ strapi }: { strapi: any }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const cakupan = () => strapi.plugin('inti').service('cakupan');
  const audit = () => strapi.plugin('inti').service('audit');

  return {
    /** BKAD or Admin BKPSDM (users only). */
    async wajibPenghitung(ctx: any) {
      const aktor = await cakupan().aktor(ctx);
      if (aktor.token != null || (aktor.peran !== PERAN.BKAD && aktor.peran !== PERAN.ADMIN_BKPSDM)) {
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Hanya BKAD atau Admin BKPSDM yang dapat menjalankan perhitungan TPP.');
      }
      return aktor;
    },

    async hitung(ctx: any, i: { tahun: number; bulan: number; kode_opd?: string | null }) {
      const mulai = Date.now();
      const aktor = await this.wajibPenghitung(ctx);
      const { tahun, bulan } = i;
      // months 13/14 belong to no quarter: never locked
      if (!bulanTambahan(bulan)) await strapi.plugin('inti').service('periode').wajibTerbuka(tahun, bulan);
      let opd: any = null;
      if (i.kode_opd) {
        opd = await q('plugin::inti.opd').findOne({ where: { kode_opd: i.kode_opd }, select: ['id', 'kode_opd', 'nama'] });
        if (!opd) throw new GalatMskp(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode ${i.kode_opd} tidak ditemukan.`, 'kode_opd');
      }
      const versi: VersiTpp = strapi.plugin('inti').service('kebijakan').versi('tpp', tanggalKebijakanTpp(tahun, bulan));
      const tanggal = tanggalPosRun(tahun, bulan, hariIni(), tanggalAcuanBulan);

      const pegawai = await q('plugin::inti.pegawai').findMany({
        where: { status: 'AKTIF', ...(opd ? { opd: { id: opd.id } } : {}) },
        select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'cpns', 'jenis_asn'],
        populate: { opd: { select: ['id'] } },
        orderBy: [{ id: 'asc' }],
      });
      const ids = pegawai.map((p: any) => p.id);
      const [pos, presensi, evaluasi, lama] = ids.length
        ? await Promise.all([
            q('plugin::inti.penugasan').findMany({
              where: { pegawai: { id: { $in: ids } }, jenis: { $in: ['UTAMA', 'PLT'] }, ...filterPenugasanBertumpuk(tanggal) },
              select: ['id', 'jenis', 'tmt_mulai'],
              populate: { pegawai: { select: ['id'] }, jabatan: { select: ['id', 'nama', 'jenis', 'jenjang', 'eselon', 'kelas_jabatan', 'kepala_opd'] } },
              orderBy: [{ tmt_mulai: 'desc' }, { id: 'desc' }],
            }),
            bulanTambahan(bulan) ? [] : q(UID_PRESENSI).findMany({ where: { pegawai: { id: { $in: ids } }, tahun, bulan }, populate: { pegawai: { select: ['id'] } } }),
            bulanTambahan(bulan)
              ? []
              : q(UID_EVALUASI).findMany({
                  where: { pegawai: { id: { $in: ids } }, tahun, periode_jenis: 'BULANAN', periode: bulan },
                  select: ['id', 'predikat_kode'],
                  populate: { pegawai: { select: ['id'] }, skp: { select: ['id'], populate: { penugasan: { select: ['jenis'] } } } },
                }),
            q(UID_TPP).findMany({ where: { kunci_unik: { $in: ids.map((id: number) => kunciTpp(id, tahun, bulan)) } }, select: ['id', 'documentId', 'kunci_unik'] }),
          ])
        : [[], [], [], []];

      const utama = new Map<number, any>();
      const plt = new Map<number, any>();
      for (const p of pos) {
        const peta = p.jenis === 'UTAMA' ? utama : plt;
        const pid = p.pegawai?.id;
        const ada = peta.get(pid);
        // the higher kelas among acting posts; the newest definitive post
        if (!ada || (p.jenis === 'PLT' && Number(p.jabatan?.kelas_jabatan ?? 0) > Number(ada.jabatan?.kelas_jabatan ?? 0))) peta.set(pid, p);
      }
      const presensiPeta = new Map<number, any>(presensi.map((r: any) => [r.pegawai?.id, r]));
      const evPeta = new Map<number, any[]>();
      for (const e of evaluasi) {
        const pid = e.pegawai?.id;
        if (!evPeta.has(pid)) evPeta.set(pid, []);
        evPeta.get(pid)!.push({ predikat_kode: e.predikat_kode, jenis_penugasan: e.skp?.penugasan?.jenis ?? null });
      }
      const lamaPeta = new Map<string, any>(lama.map((r: any) => [r.kunci_unik, r]));

      const dihitung = pegawai.filter((p: any) => utama.get(p.id)?.jabatan?.kelas_jabatan != null && p.golongan);
      const dilewati = pegawai
        .filter((p: any) => !dihitung.includes(p))
        .map((p: any) => ({ nip: p.nip, nama: namaLengkap(p), alasan: !utama.get(p.id) ? 'Tidak memangku jabatan definitif pada bulan ini.' : !p.golongan ? 'Golongan belum diisi.' : 'Kelas jabatan belum diisi.' }));

      const capaian = bulanTambahan(bulan)
        ? new Map<number, number | null>()
        : await strapi.plugin('tpp').service('capaianMassal').bulan(
            dihitung.map((p: any) => p.id),
            new Map(
              dihitung
                .map((p: any) => [p.id, [utama.get(p.id), plt.get(p.id)].find((x) => x?.jabatan?.kepala_opd)?.jabatan.id])
                .filter(([, j]: any) => j != null) as [number, number][]
            ),
            tahun,
            bulan,
            tanggal
          );

      const sekarang = new Date();
      const baris: any[] = [];
      for (const p of dihitung) {
        const u = utama.get(p.id);
        const pl = plt.get(p.id);
        const { masukan, alasan_tambahan } = susunMasukan(
          {
            bulan,
            golongan: p.golongan,
            cpns: !!p.cpns,
            kelas: Number(u.jabatan.kelas_jabatan),
            kelas_plt: pl?.jabatan?.kelas_jabatan != null ? Number(pl.jabatan.kelas_jabatan) : null,
            presensi: presensiPeta.get(p.id) ?? null,
            capaian: capaian.get(p.id) ?? null,
            predikat_kode: pilihPredikat(evPeta.get(p.id) ?? []),
          },
          versi.nilai
        );
        let h: HasilTpp;
        try {
          h = hitungTpp(masukan, versi);
        } catch (e) {
          if (e instanceof MasukanTppTidakValid) {
            dilewati.push({ nip: p.nip, nama: namaLengkap(p), alasan: e.message });
            continue;
          }
          throw e;
        }
        const jab = h.sumber_kelas === 'PLT' && pl ? pl.jabatan : u.jabatan;
        baris.push({
          pegawai: p.id,
          opd: p.opd?.id ?? null,
          tahun,
          bulan,
          kunci_unik: kunciTpp(p.id, tahun, bulan),
          nip: p.nip,
          nama: namaLengkap(p),
          nama_jabatan: jab.nama,
          tipe_jabatan: jab.jenis,
          eselon: jab.eselon ?? null,
          golongan: p.golongan,
          pns_pppk: p.jenis_asn,
          kelas: h.kelas_dipakai,
          sumber_kelas: h.sumber_kelas,
          capaian: h.capaian_dipakai,
          predikat_kode: masukan.predikat_kode,
          persen_potongan_disiplin: h.persen_potongan_disiplin,
          ...kolomHasil(h),
          alasan: [...alasan_tambahan, ...h.alasan],
          versi_kebijakan: h.kebijakan.kode,
          dihitung_pada: sekarang,
          dihitung_oleh: aktor.username,
        });
      }

      const total = totalRun(baris);
      const hasil = {
        tahun,
        bulan,
        kode_opd: opd?.kode_opd ?? null,
        jumlah_pegawai: baris.length,
        total,
        versi_kebijakan: versi.kode,
        dilewati,
        durasi_ms: 0,
      };
      await strapi.db.transaction(async ({ trx }: { trx: any }) => {
        await simpanBarisTpp(strapi, trx, baris, lamaPeta);
        await audit().catat({
          ...audit().dariKonteks(ctx),
          aksi: 'TPP_DIHITUNG',
          objekTipe: 'tpp',
          objekId: `${tahun}:${bulan}:${opd?.kode_opd ?? 'SEMUA'}`,
          sesudah: { tahun, bulan, kode_opd: opd?.kode_opd ?? null, jumlah_pegawai: baris.length, baru: baris.length - baris.filter((b) => lamaPeta.has(b.kunci_unik)).length, total, dilewati: dilewati.length, versi_kebijakan: versi.kode },
          keterangan: `Perhitungan TPP ${tahun}/${bulan}${opd ? ` ${opd.nama}` : ' seluruh OPD'}: ${baris.length} pegawai.`,
          bertindakSebagai: aktor.peran === PERAN.BKAD ? 'BKAD' : 'ADMIN_BKPSDM',
        });
      });
      hasil.durasi_ms = Date.now() - mulai;
      return hasil;
    },
  };
};
