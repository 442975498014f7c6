import { GalatMskp } from '@m-skp/inti/dist/server/domain/galat';
import { PERAN } from '@m-skp/inti/dist/server/domain/peran';
import { ALASAN_MINIMAL } from '@m-skp/kinerja/dist/server/domain/predikat-organisasi';

const UID = 'plugin::inti.kunci-periode';
const NAMA_PERAN: Record<string, string> = { [PERAN.BKAD]: 'BKAD', [PERAN.ADMIN_BKPSDM]: 'Admin BKPSDM' };
const kunciUnik = (tahun: number, triwulan: number) => `${tahun}:${triwulan}`;
const bulanTriwulan = (triwulan: number) => [triwulan * 3 - 2, triwulan * 3 - 1, triwulan * 3];

/** One quarter's lock state as the API answers it. */
function dto(tahun: number, triwulan: number, r: any | null) {
  return {
    tahun,
    triwulan,
    bulan: bulanTriwulan(triwulan),
    terkunci: !!r?.terkunci,
    dikunci_oleh: r?.dikunci_oleh ?? null,
    dikunci_pada: r?.dikunci_pada ?? null,
    dibuka_oleh: r?.dibuka_oleh ?? null,
    dibuka_pada: r?.dibuka_pada ?? null,
    alasan_buka: r?.alasan_buka ?? null,
  };
}

/**
 * Quarter locks (domain.md §7): BKAD marks a quarter's TPP prestasi kerja disbursed, which locks its
 * three months for every write path (inti `periode.wajibTerbuka` → 423 PERIODE_TERKUNCI); only the
 * Admin BKPSDM unlocks, with a reason. Both are audited. The rows are inti's kunci-periode.
 */
export default ({ strapi }: { strapi: any }) => {
  const q = () => strapi.db.query(UID);
  const cakupan = () => strapi.plugin('inti').service('cakupan');
  const audit = () => strapi.plugin('inti').service('audit');

  return {
    /** 403 unless the caller (a user, never an API token) has the given role. */
    async wajibPeran(ctx: any, peran: string) {
      const aktor = await cakupan().aktor(ctx);
      if (aktor.token != null || aktor.peran !== peran) {
        const tindakan = peran === PERAN.BKAD ? 'mengunci triwulan (menandai TPP prestasi kerja sudah dibayar)' : 'membuka kunci triwulan';
        throw new GalatMskp(403, 'AKSES_DITOLAK', `Hanya ${NAMA_PERAN[peran]} yang dapat ${tindakan}.`);
      }
      return aktor;
    },

    /** GET /api/tpp/kunci?tahun=: the four quarters of the year with their state (readable by every role). */
    async daftar(_ctx: any, f: { tahun: number }) {
      const rows = await q().findMany({ where: { tahun: f.tahun } });
      const per = new Map(rows.map((r: any) => [Number(r.triwulan), r]));
      return [1, 2, 3, 4].map((tw) => dto(f.tahun, tw, per.get(tw) ?? null));
    },

    /** POST /api/tpp/kunci {tahun, triwulan} (BKAD): lock; locking a locked quarter changes nothing. */
    async kunci(ctx: any, i: { tahun: number; triwulan: number }) {
      const aktor = await cakupan().aktor(ctx);
      const kunci = kunciUnik(i.tahun, i.triwulan);
      return strapi.db.transaction(async () => {
        const lama = await q().findOne({ where: { kunci_unik: kunci } });
        if (lama?.terkunci) return dto(i.tahun, i.triwulan, lama);
        const data = { terkunci: true, dikunci_oleh: aktor.username, dikunci_pada: new Date(), dibuka_oleh: null, dibuka_pada: null, alasan_buka: null };
        const baru = lama
          ? await q().update({ where: { id: lama.id }, data })
          : await q().create({ data: { ...data, tahun: i.tahun, triwulan: i.triwulan, kunci_unik: kunci } });
        await audit().catat({
          ...audit().dariKonteks(ctx),
          aksi: 'TPP_TRIWULAN_DIKUNCI',
          objekTipe: 'kunci-periode',
          objekId: kunci,
          sebelum: lama ? dto(i.tahun, i.triwulan, lama) : null,
          sesudah: dto(i.tahun, i.triwulan, baru),
          keterangan: `Triwulan ${i.triwulan} tahun ${i.tahun} (bulan ${bulanTriwulan(i.triwulan).join(', ')}) dikunci: TPP prestasi kerja sudah dibayarkan.`,
          bertindakSebagai: 'BKAD',
        });
        return dto(i.tahun, i.triwulan, baru);
      });
    },

    /** POST /api/tpp/buka {tahun, triwulan, alasan} (Admin BKPSDM): unlock with a written reason. */
    async buka(ctx: any, i: { tahun: number; triwulan: number; alasan?: string | null }) {
      const aktor = await cakupan().aktor(ctx);
      const alasan = (i.alasan ?? '').trim();
      if (!alasan) throw new GalatMskp(400, 'ALASAN_WAJIB', 'Alasan membuka kunci triwulan wajib diisi.', 'alasan');
      if (alasan.length < ALASAN_MINIMAL) throw new GalatMskp(400, 'ALASAN_TERLALU_PENDEK', `Alasan membuka kunci sekurang-kurangnya ${ALASAN_MINIMAL} karakter.`, 'alasan');
      const kunci = kunciUnik(i.tahun, i.triwulan);
      return strapi.db.transaction(async () => {
        const lama = await q().findOne({ where: { kunci_unik: kunci } });
        if (!lama?.terkunci) throw new GalatMskp(409, 'BELUM_TERKUNCI', `Triwulan ${i.triwulan} tahun ${i.tahun} tidak sedang dikunci.`, 'triwulan');
        const baru = await q().update({ where: { id: lama.id }, data: { terkunci: false, dibuka_oleh: aktor.username, dibuka_pada: new Date(), alasan_buka: alasan } });
        await audit().catat({
          ...audit().dariKonteks(ctx),
          aksi: 'TPP_TRIWULAN_DIBUKA',
          objekTipe: 'kunci-periode',
          objekId: kunci,
          sebelum: dto(i.tahun, i.triwulan, lama),
          sesudah: dto(i.tahun, i.triwulan, baru),
          keterangan: alasan,
          bertindakSebagai: 'ADMIN_BKPSDM',
        });
        return dto(i.tahun, i.triwulan, baru);
      });
    },
  };
};
