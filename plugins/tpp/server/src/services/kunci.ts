import type { Core } from '@strapi/strapi';
import { PERAN, hariIni, pastikan, tanggalIndonesia, layanan, type Aktor } from '@m-skp/inti';
import { aksesKunci, bulanTriwulan, keputusanBuka, keputusanKunci, tanggalKunciTerawal } from '../domain/kunci';

const UID = 'plugin::inti.kunci-periode';
const kunciUnik = (tahun: number, triwulan: number) => `${tahun}:${triwulan}`;

/**
 * One quarter's lock state as the API answers it (`dapat_dikunci_mulai`: first day BKAD may lock it;
 * null for a period no `capaian` policy version covers, which has no input deadline).
 */
interface BarisKunci {
  id?: number;
  terkunci?: boolean | null;
  dikunci_oleh?: string | null;
  dikunci_pada?: string | Date | null;
  dibuka_oleh?: string | null;
  dibuka_pada?: string | Date | null;
  alasan_buka?: string | null;
}

function dto(tahun: number, triwulan: number, r: BarisKunci | null, dapatDikunciMulai: string | null) {
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

/** POST /api/tpp/kunci and /api/tpp/buka: the quarter and, for the override or the unlock, the reason. */
export interface PermintaanTriwulan {
  tahun: number;
  triwulan: number;
  alasan?: string | null;
}

/**
 * Quarter locks: BKAD marks a quarter's TPP prestasi kerja disbursed, which locks its
 * three months for every write path (inti `periode.wajibTerbuka` → 423 PERIODE_TERKUNCI); only the
 * Admin BKPSDM unlocks, with a reason. BKAD may lock only from the day after the input deadline of the
 * quarter's last month (earlier → 409 KUNCI_TERLALU_DINI naming that date); the Admin BKPSDM may lock at
 * any time, always with a written reason (the override). The refusals and their order are domain/kunci.ts
 * (`keputusanKunci`, `keputusanBuka`); this loads the state, asks them and writes. All are audited. The
 * rows are inti's kunci-periode.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(UID);
  const audit = () => layanan(strapi, 'inti', 'audit');
  /** The input-deadline day of the quarter's last month (policy `capaian`); null when no version covers it. */
  const hariBatas = (tahun: number, triwulan: number): number | null => {
    try {
      return layanan(strapi, 'kinerja', 'capaian').aturan(tahun, triwulan * 3).batas_input_hari;
    } catch {
      return null;
    }
  };
  /** First day the quarter may be locked: the day after that deadline (null: no deadline). */
  const terawal = (tahun: number, triwulan: number) => {
    const h = hariBatas(tahun, triwulan);
    return h == null ? null : tanggalKunciTerawal(tahun, triwulan, h);
  };

  return {
    /** 403 unless the caller (a user, never an API token) has one of the given roles. */
    wajibPeran(aktor: Aktor, ...peran: string[]) {
      pastikan(aksesKunci(aktor, peran));
      return aktor;
    },

    /** GET /api/tpp/kunci?tahun=: the four quarters of the year with their state (readable by every role). */
    async daftar(f: { tahun: number }) {
      const rows: (BarisKunci & { triwulan: number })[] = await q().findMany({ where: { tahun: f.tahun } });
      const per = new Map(rows.map((r) => [Number(r.triwulan), r]));
      return [1, 2, 3, 4].map((tw) => dto(f.tahun, tw, per.get(tw) ?? null, terawal(f.tahun, tw)));
    },

    /**
     * POST /api/tpp/kunci {tahun, triwulan, alasan?}: lock; locking a locked quarter changes nothing.
     * BKAD from the first day the quarter may be locked (before → 409 KUNCI_TERLALU_DINI with the date
     * in the message and `details.dapat_dikunci_mulai`); the Admin BKPSDM at any time with a reason
     * (the override, audited with it).
     */
    async kunci(aktor: Aktor, i: PermintaanTriwulan) {
      const bkpsdm = aktor.peran === PERAN.ADMIN_BKPSDM;
      const mulai = terawal(i.tahun, i.triwulan);
      const permintaan = {
        peran: aktor.peran,
        token: aktor.token,
        tahun: i.tahun,
        triwulan: i.triwulan,
        alasan: i.alasan,
        mulai,
        hariIni: hariIni(),
      };
      // role and reason before the transaction; the stored state inside it
      pastikan(keputusanKunci(permintaan));
      const kunci = kunciUnik(i.tahun, i.triwulan);
      return strapi.db.transaction(async () => {
        const lama: BarisKunci | null = await q().findOne({ where: { kunci_unik: kunci } });
        const { tetap, alasan, dini } = pastikan(keputusanKunci({ ...permintaan, terkunci: !!lama?.terkunci }));
        if (tetap) return dto(i.tahun, i.triwulan, lama, mulai);
        const data = {
          terkunci: true,
          dikunci_oleh: aktor.username,
          dikunci_pada: new Date(),
          dibuka_oleh: null,
          dibuka_pada: null,
          alasan_buka: null,
        };
        const baru: BarisKunci = lama
          ? await q().update({ where: { id: lama.id }, data })
          : await q().create({ data: { ...data, tahun: i.tahun, triwulan: i.triwulan, kunci_unik: kunci } });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'TPP_TRIWULAN_DIKUNCI',
          objekTipe: 'kunci-periode',
          objekId: kunci,
          sebelum: lama ? dto(i.tahun, i.triwulan, lama, mulai) : null,
          sesudah: {
            ...dto(i.tahun, i.triwulan, baru, mulai),
            ...(alasan ? { alasan_kunci: alasan, sebelum_waktunya: dini } : {}),
          },
          keterangan: alasan
            ? `Triwulan ${i.triwulan} tahun ${i.tahun} (bulan ${bulanTriwulan(i.triwulan).join(', ')}) dikunci oleh Admin BKPSDM${dini && mulai ? ` sebelum ${tanggalIndonesia(mulai)}` : ''}. Alasan: ${alasan}`
            : `Triwulan ${i.triwulan} tahun ${i.tahun} (bulan ${bulanTriwulan(i.triwulan).join(', ')}) dikunci: TPP prestasi kerja sudah dibayarkan.`,
          bertindakSebagai: bkpsdm ? 'ADMIN_BKPSDM' : 'BKAD',
        });
        return dto(i.tahun, i.triwulan, baru, mulai);
      });
    },

    /** POST /api/tpp/buka {tahun, triwulan, alasan} (Admin BKPSDM): unlock with a written reason. */
    async buka(aktor: Aktor, i: PermintaanTriwulan) {
      const permintaan = {
        peran: aktor.peran,
        token: aktor.token,
        tahun: i.tahun,
        triwulan: i.triwulan,
        alasan: i.alasan,
      };
      pastikan(keputusanBuka(permintaan));
      const mulai = terawal(i.tahun, i.triwulan);
      const kunci = kunciUnik(i.tahun, i.triwulan);
      return strapi.db.transaction(async () => {
        const lama: BarisKunci | null = await q().findOne({ where: { kunci_unik: kunci } });
        const { alasan } = pastikan(keputusanBuka({ ...permintaan, terkunci: !!lama?.terkunci }));
        // a quarter that is locked has its row (keputusanBuka refused the others)
        const baru: BarisKunci = await q().update({
          where: { id: lama!.id },
          data: { terkunci: false, dibuka_oleh: aktor.username, dibuka_pada: new Date(), alasan_buka: alasan },
        });
        await audit().catat({
          ...audit().dariAktor(aktor),
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
