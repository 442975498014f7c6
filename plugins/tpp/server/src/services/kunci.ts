import { GalatMskp, NAMA_BULAN, PERAN, hariIni, tanggalIndonesia } from '@m-skp/inti';
import { ALASAN_MINIMAL } from '@m-skp/kinerja';
import { bolehDikunci, bulanTriwulan, tanggalKunciTerawal } from '../domain/kunci';

const UID = 'plugin::inti.kunci-periode';
const NAMA_PERAN: Record<string, string> = { [PERAN.BKAD]: 'BKAD', [PERAN.ADMIN_BKPSDM]: 'Admin BKPSDM' };
const kunciUnik = (tahun: number, triwulan: number) => `${tahun}:${triwulan}`;

/**
 * One quarter's lock state as the API answers it (`dapat_dikunci_mulai`: first day BKAD may lock it;
 * null for a period no `capaian` policy version covers, which has no input deadline).
 */
function dto(tahun: number, triwulan: number, r: any | null, dapatDikunciMulai: string | null) {
  return {
    tahun,
    triwulan,
    bulan: bulanTriwulan(triwulan),
    dapat_dikunci_mulai: dapatDikunciMulai,
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
 * Admin BKPSDM unlocks, with a reason. BKAD may lock only from the day after the input deadline of the
 * quarter's last month (domain/kunci.ts; earlier → 409 KUNCI_TERLALU_DINI naming that date); the Admin
 * BKPSDM may lock at any time, always with a written reason (the override). All are audited. The rows
 * are inti's kunci-periode.
 */
export default ({ strapi }: { strapi: any }) => {
  const q = () => strapi.db.query(UID);
  const cakupan = () => strapi.plugin('inti').service('cakupan');
  const audit = () => strapi.plugin('inti').service('audit');
  /** The input-deadline day of the quarter's last month (policy `capaian`); null when no version covers it. */
  const hariBatas = (tahun: number, triwulan: number): number | null => {
    try {
      return strapi.plugin('kinerja').service('capaian').aturan(tahun, triwulan * 3).batas_input_hari;
    } catch {
      return null;
    }
  };
  /** First day the quarter may be locked: the day after that deadline (null: no deadline). */
  const terawal = (tahun: number, triwulan: number) => {
    const h = hariBatas(tahun, triwulan);
    return h == null ? null : tanggalKunciTerawal(tahun, triwulan, h);
  };
  const alasanWajib = (alasan: string | null | undefined, tindakan: string) => {
    const a = (alasan ?? '').trim();
    if (!a) throw new GalatMskp(400, 'ALASAN_WAJIB', `Alasan ${tindakan} wajib diisi.`, 'alasan');
    if (a.length < ALASAN_MINIMAL) throw new GalatMskp(400, 'ALASAN_TERLALU_PENDEK', `Alasan ${tindakan} sekurang-kurangnya ${ALASAN_MINIMAL} karakter.`, 'alasan');
    return a;
  };

  return {
    /** 403 unless the caller (a user, never an API token) has one of the given roles. */
    async wajibPeran(ctx: any, ...peran: string[]) {
      const aktor = await cakupan().aktor(ctx);
      if (aktor.token != null || !peran.includes(aktor.peran)) {
        const pesan = peran.includes(PERAN.BKAD)
          ? 'Hanya BKAD yang dapat mengunci triwulan (menandai TPP prestasi kerja sudah dibayar); Admin BKPSDM hanya dengan alasan tertulis.'
          : `Hanya ${NAMA_PERAN[peran[0]]} yang dapat membuka kunci triwulan.`;
        throw new GalatMskp(403, 'AKSES_DITOLAK', pesan);
      }
      return aktor;
    },

    /** GET /api/tpp/kunci?tahun=: the four quarters of the year with their state (readable by every role). */
    async daftar(_ctx: any, f: { tahun: number }) {
      const rows = await q().findMany({ where: { tahun: f.tahun } });
      const per = new Map(rows.map((r: any) => [Number(r.triwulan), r]));
      return [1, 2, 3, 4].map((tw) => dto(f.tahun, tw, per.get(tw) ?? null, terawal(f.tahun, tw)));
    },

    /**
     * POST /api/tpp/kunci {tahun, triwulan, alasan?}: lock; locking a locked quarter changes nothing.
     * BKAD from the first day the quarter may be locked (before → 409 KUNCI_TERLALU_DINI with the date
     * in the message and `details.dapat_dikunci_mulai`); the Admin BKPSDM at any time with a reason
     * (the override, audited with it).
     */
    async kunci(ctx: any, i: { tahun: number; triwulan: number; alasan?: string | null }) {
      const aktor = await cakupan().aktor(ctx);
      const bkpsdm = aktor.peran === PERAN.ADMIN_BKPSDM;
      const alasan = bkpsdm ? alasanWajib(i.alasan, 'mengunci triwulan oleh Admin BKPSDM') : null;
      const h = hariBatas(i.tahun, i.triwulan);
      const mulai = terawal(i.tahun, i.triwulan);
      const dini = h != null && !bolehDikunci(i.tahun, i.triwulan, h, hariIni());
      const kunci = kunciUnik(i.tahun, i.triwulan);
      const akhir = i.triwulan * 3;
      return strapi.db.transaction(async () => {
        const lama = await q().findOne({ where: { kunci_unik: kunci } });
        if (lama?.terkunci) return dto(i.tahun, i.triwulan, lama, mulai);
        if (dini && !bkpsdm && mulai) {
          throw new GalatMskp(
            409,
            'KUNCI_TERLALU_DINI',
            `Triwulan ${i.triwulan} tahun ${i.tahun} baru dapat dikunci mulai ${tanggalIndonesia(mulai)}, setelah batas pengisian realisasi ${NAMA_BULAN[akhir - 1]} ${i.tahun} lewat. Sebelum tanggal itu hanya Admin BKPSDM yang dapat mengunci, dengan alasan tertulis.`,
            'triwulan',
            { tahun: i.tahun, triwulan: i.triwulan, dapat_dikunci_mulai: mulai },
          );
        }
        const data = { terkunci: true, dikunci_oleh: aktor.username, dikunci_pada: new Date(), dibuka_oleh: null, dibuka_pada: null, alasan_buka: null };
        const baru = lama
          ? await q().update({ where: { id: lama.id }, data })
          : await q().create({ data: { ...data, tahun: i.tahun, triwulan: i.triwulan, kunci_unik: kunci } });
        await audit().catat({
          ...audit().dariKonteks(ctx),
          aksi: 'TPP_TRIWULAN_DIKUNCI',
          objekTipe: 'kunci-periode',
          objekId: kunci,
          sebelum: lama ? dto(i.tahun, i.triwulan, lama, mulai) : null,
          sesudah: { ...dto(i.tahun, i.triwulan, baru, mulai), ...(alasan ? { alasan_kunci: alasan, sebelum_waktunya: dini } : {}) },
          keterangan: alasan
            ? `Triwulan ${i.triwulan} tahun ${i.tahun} (bulan ${bulanTriwulan(i.triwulan).join(', ')}) dikunci oleh Admin BKPSDM${dini && mulai ? ` sebelum ${tanggalIndonesia(mulai)}` : ''}. Alasan: ${alasan}`
            : `Triwulan ${i.triwulan} tahun ${i.tahun} (bulan ${bulanTriwulan(i.triwulan).join(', ')}) dikunci: TPP prestasi kerja sudah dibayarkan.`,
          bertindakSebagai: bkpsdm ? 'ADMIN_BKPSDM' : 'BKAD',
        });
        return dto(i.tahun, i.triwulan, baru, mulai);
      });
    },

    /** POST /api/tpp/buka {tahun, triwulan, alasan} (Admin BKPSDM): unlock with a written reason. */
    async buka(ctx: any, i: { tahun: number; triwulan: number; alasan?: string | null }) {
      const aktor = await cakupan().aktor(ctx);
      const alasan = alasanWajib(i.alasan, 'membuka kunci triwulan');
      const mulai = terawal(i.tahun, i.triwulan);
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
          sebelum: dto(i.tahun, i.triwulan, lama, mulai),
          sesudah: dto(i.tahun, i.triwulan, baru, mulai),
          keterangan: alasan,
          bertindakSebagai: 'ADMIN_BKPSDM',
        });
        return dto(i.tahun, i.triwulan, baru, mulai);
      });
    },
  };
};
