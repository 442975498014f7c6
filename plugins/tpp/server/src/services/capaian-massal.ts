import { hariIni } from '@m-skp/inti/dist/server/domain/tanggal';
import { hitungCapaianPegawai, capaianKepalaOpd, jabatanBawahanKepalaDihitung, lewatBatasInput, type RhkBulan } from '@m-skp/kinerja/dist/server/domain/capaian';
import { targetPadaBulan } from '@m-skp/kinerja/dist/server/domain/renaksi';

const UID_RENAKSI = 'plugin::kinerja.rencana-aksi';
const UID_REALISASI = 'plugin::kinerja.realisasi';
const URUTAN_PEMEGANG = ['UTAMA', 'PLT', 'PLH', 'PJ'];
/** bound on the ids of one IN list (SQLite allows 32 766 parameters) */
const POTONGAN = 5000;

async function bertahap<T>(ids: number[], muat: (potongan: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += POTONGAN) out.push(...(await muat(ids.slice(i, i + POTONGAN))));
  return out;
}

/**
 * Capaian of many pegawai for one month in a constant number of queries (per 5 000 ids): the same rule
 * as kinerja's `capaian.sendiri` (renaksi of approved SKP, the month's realisasi, the policy formula)
 * and `capaian.kepala` (a Kepala OPD: mean of the holders of his direct structural subordinate posts).
 * The TPP run uses it instead of calling kinerja's per-pegawai service N times; tests/api/tpp-hitung
 * checks that both agree on every pegawai of the demo OPD.
 */
export default ({ strapi }: { strapi: any }) => ({
  /** `kepala`: pegawaiId → id of the Kepala OPD post he holds (definitive or acting) at `tanggal`. */
  async bulan(pegawaiIds: number[], kepala: Map<number, number>, tahun: number, bulan: number, tanggal: string): Promise<Map<number, number | null>> {
    const k = strapi.plugin('kinerja').service('capaian').aturan(tahun, bulan);
    const q = (uid: string) => strapi.db.query(uid);

    // holders of the posts directly under each Kepala OPD post
    const jabatanKepala = [...new Set(kepala.values())];
    const anak = jabatanKepala.length
      ? (await q('plugin::inti.jabatan').findMany({ where: { atasan: { id: { $in: jabatanKepala } }, aktif: true }, select: ['id', 'jenis', 'jenjang'], populate: { atasan: { select: ['id'] } } })).filter((j: any) =>
          jabatanBawahanKepalaDihitung(j, k.kepala_opd_sertakan_jf)
        )
      : [];
    const pemegang = await strapi.plugin('inti').service('organisasi').pemegangJabatan(anak.map((j: any) => j.id), tanggal);
    const pemegangPos = new Map<number, any>();
    for (const p of pemegang) {
      const ada = pemegangPos.get(Number(p.jabatanId));
      if (!ada || URUTAN_PEMEGANG.indexOf(p.jenis) < URUTAN_PEMEGANG.indexOf(ada.jenis)) pemegangPos.set(Number(p.jabatanId), p);
    }

    const semua = [...new Set([...pegawaiIds, ...[...pemegangPos.values()].map((p) => Number(p.pegawaiId))])];
    const renaksi = await bertahap(semua, (ids) =>
      q(UID_RENAKSI).findMany({
        where: { pegawai: { id: { $in: ids } }, tahun, rhk: { skp: { status: 'DISETUJUI' } } },
        select: ['id', 'target', 'polaritas'],
        populate: { pegawai: { select: ['id'] }, rhk: { select: ['id', 'jenis'] } },
      })
    );
    const real = await bertahap(
      renaksi.map((r: any) => r.id),
      (ids) => q(UID_REALISASI).findMany({ where: { rencana_aksi: { id: { $in: ids } }, bulan }, select: ['id', 'nilai'], populate: { rencana_aksi: { select: ['id'] } } })
    );
    const nilai = new Map<number, number>(real.map((x: any) => [x.rencana_aksi.id, Number(x.nilai)]));
    const perPegawai = new Map<number, Map<number, RhkBulan>>();
    for (const r of renaksi as any[]) {
      const pid = r.pegawai?.id;
      if (!perPegawai.has(pid)) perPegawai.set(pid, new Map());
      const rhk = perPegawai.get(pid)!;
      if (!rhk.has(r.rhk.id)) rhk.set(r.rhk.id, { id: String(r.rhk.id), jenis: r.rhk.jenis, renaksi: [] });
      rhk.get(r.rhk.id)!.renaksi.push({ id: String(r.id), target: targetPadaBulan(r.target, bulan), realisasi: nilai.has(r.id) ? nilai.get(r.id)! : null, polaritas: r.polaritas });
    }
    const lewat = lewatBatasInput(tahun, bulan, k.batas_input_hari, hariIni());
    const sendiri = (pid: number): number | null =>
      hitungCapaianPegawai([...(perPegawai.get(pid)?.values() ?? [])], { formula: k.formula, batas: k.batas_capaian, sertakanTambahan: k.sertakan_tambahan, lewatBatas: lewat }).capaian;

    const out = new Map<number, number | null>();
    for (const pid of pegawaiIds) {
      const jab = kepala.get(pid);
      if (jab == null) {
        out.set(pid, sendiri(pid));
        continue;
      }
      const bawahan = anak
        .filter((j: any) => j.atasan?.id === jab)
        .map((j: any) => {
          const p = pemegangPos.get(j.id);
          return { jabatanId: j.id, pemegang: p ? { pegawaiId: p.pegawaiId, sebagai: p.jenis === 'UTAMA' ? 'DEFINITIF' : p.jenis, capaian: sendiri(Number(p.pegawaiId)) } : null };
        });
      out.set(pid, capaianKepalaOpd(bawahan).capaian);
    }
    return out;
  },
});
