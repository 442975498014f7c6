import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  PERAN,
  galatDari,
  type Aktor,
  hariIni,
  namaLengkap,
  pastikan,
  tanggalAcuanBulan,
  unikDilanggar,
  layanan,
} from '@m-skp/inti';
import { penghitungTpp, tanggalKebijakanTpp, MasukanTppTidakValid, type VersiTpp, type HasilTpp } from '../domain/tpp';
import { KOLOM_UANG_TPP, type KolomUangTpp } from '../domain/riwayat';
import { simpanBarisTpp, type MetaTabel } from './tulis-tpp';
import type { CapaianRun } from './capaian-massal';
import type { BarisTppBaru, EvaluasiRun, PegawaiRun, PosRun, PresensiRun, TppLama } from './baris';
import { aksesRun, keputusanRun } from '../domain/hitung';
import { bulanTambahan, pilihPredikat, susunMasukan, tanggalPosRun, totalRun } from '../domain/hitung';

export const UID_TPP = 'plugin::tpp.tpp';
/**
 * Up to this many pegawai the run's reads carry an IN list on the pegawai link column; above it (a city run
 * asks for nearly every pegawai) they read the period's rows once and keep the asked pegawai's in memory.
 */
const BATAS_DAFTAR = 1000;

const UID_PRESENSI = 'plugin::tpp.presensi';
const UID_EVALUASI = 'plugin::kinerja.evaluasi';
export const kunciTpp = (pegawaiId: number, tahun: number, bulan: number) => `${pegawaiId}:${tahun}:${bulan}`;

/** Engine result → stored line columns (SIPD names; `iwp_1%` is stored as `iwp_1`). */
export function kolomHasil(h: HasilTpp): Record<'tpp_max' | KolomUangTpp, number> {
  const o = { tpp_max: h.tpp_max } as Record<'tpp_max' | KolomUangTpp, number>;
  for (const k of KOLOM_UANG_TPP) o[k] = k === 'iwp_1' ? h['iwp_1%'] : h[k];
  return o;
}

/** The filters of a run: one month of one OPD (or the city without `kode_opd`). */
export interface PermintaanRun {
  tahun: number;
  bulan: number;
  kode_opd?: string | null;
}

/** What POST /api/tpp/hitung answers. */
export interface HasilRun {
  tahun: number;
  bulan: number;
  kode_opd: string | null;
  jumlah_pegawai: number;
  total: ReturnType<typeof totalRun>;
  versi_kebijakan: string;
  dilewati: { nip: string; nama: string; alasan: string }[];
  durasi_ms: number;
}

/**
 * The TPP run (domain.md §7): every active pegawai of one OPD (or the city) for one month, computed by
 * the pure engine and stored as `plugin::tpp.tpp` lines in one transaction with one audit record.
 * Reads are set-based (pegawai, posts, presensi, evaluations, existing lines: one query each; capaian
 * through `capaianMassal`: a constant number); new lines are written in batches, existing ones in batched UPDATEs (tulis-tpp.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const audit = () => layanan(strapi, 'inti', 'audit');

  return {
    /** BKAD or Admin BKPSDM (users only). */
    wajibPenghitung(aktor: Aktor) {
      pastikan(aksesRun(aktor));
      return aktor;
    },

    /**
     * POST /api/tpp/hitung. One run per month at a time (city and OPD runs of one month write the same lines):
     * under the database lock `tpp:hitung:<tahun>-<bulan>` (inti `kunci-tugas`); a concurrent run is refused
     * with 409 `TPP_SEDANG_DIHITUNG` and changes nothing. Inside a caller's transaction (the demo seed) the
     * caller serialises the runs and no lock is taken.
     */
    async hitung(aktor: Aktor, i: PermintaanRun): Promise<HasilRun | undefined> {
      const mulai = Date.now();
      this.wajibPenghitung(aktor);
      if (strapi.db.inTransaction()) return this.jalankanRun(aktor, i, mulai);
      const sedang = () => {
        const k = keputusanRun({ peran: aktor.peran, token: aktor.token, ...i, runLain: true });
        return k.ok ? new Error('TPP_SEDANG_DIHITUNG') : galatDari(k);
      };
      let r: { dijalankan: boolean; hasil?: HasilRun };
      try {
        r = await layanan(strapi, 'inti', 'kunci-tugas').jalankan(`tpp:hitung:${i.tahun}-${i.bulan}`, 600, () =>
          this.jalankanRun(aktor, i, mulai),
        );
      } catch (e) {
        // the lock makes this unreachable between two runs; kept for a writer outside the run (same lines)
        if (unikDilanggar(e)) throw sedang();
        throw e;
      }
      if (!r.dijalankan) throw sedang();
      return r.hasil;
    },

    /** The run itself (callers: `hitung`, under its lock). */
    async jalankanRun(aktor: Aktor, i: PermintaanRun, mulai: number): Promise<HasilRun> {
      const { tahun, bulan } = i;
      // months 13/14 belong to no quarter: never locked
      if (!bulanTambahan(bulan)) await layanan(strapi, 'inti', 'periode').wajibTerbuka(tahun, bulan);
      let opd: { id: number; kode_opd: string; nama: string } | null = null;
      if (i.kode_opd) {
        opd = await q('plugin::inti.opd').findOne({
          where: { kode_opd: i.kode_opd },
          select: ['id', 'kode_opd', 'nama'],
        });
        pastikan(keputusanRun({ peran: aktor.peran, token: aktor.token, ...i, opdAda: !!opd }));
      }
      const versi: VersiTpp = layanan(strapi, 'inti', 'kebijakan').versi('tpp', tanggalKebijakanTpp(tahun, bulan));
      const tanggal = tanggalPosRun(tahun, bulan, hariIni(), tanggalAcuanBulan);

      const pegawai: PegawaiRun[] = await q('plugin::inti.pegawai').findMany({
        where: { status: 'AKTIF', ...(opd ? { opd: { id: opd.id } } : {}) },
        select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'cpns', 'jenis_asn', 'gaji_bpjs'],
        populate: { opd: { select: ['id'] } },
        orderBy: [{ id: 'asc' }],
      });
      const ids = pegawai.map((p) => p.id);
      const [pos, presensi, evaluasi, lama] = ids.length
        ? await bacaMasukanRun(strapi, ids, tahun, bulan, tanggal)
        : [[], [], [], []];

      const utama = new Map<number, PosRun>();
      const plt = new Map<number, PosRun>();
      for (const p of pos) {
        const peta = p.jenis === 'UTAMA' ? utama : plt;
        const pid = p.pegawai?.id;
        const ada = peta.get(pid);
        // the higher kelas among acting posts; the newest definitive post
        if (
          !ada ||
          (p.jenis === 'PLT' && Number(p.jabatan?.kelas_jabatan ?? 0) > Number(ada.jabatan?.kelas_jabatan ?? 0))
        )
          peta.set(pid, p);
      }
      const presensiPeta = new Map<number, PresensiRun>(presensi.map((r) => [r.pegawai.id, r]));
      const evPeta = new Map<number, { predikat_kode: number; jenis_penugasan: string | null }[]>();
      for (const e of evaluasi) {
        const pid = e.pegawai?.id;
        if (!evPeta.has(pid)) evPeta.set(pid, []);
        evPeta.get(pid)!.push({ predikat_kode: e.predikat_kode, jenis_penugasan: e.skp?.penugasan?.jenis ?? null });
      }
      const lamaPeta = new Map<string, TppLama>(lama.map((r) => [r.kunci_unik, r]));

      const dihitung = pegawai.filter((p) => utama.get(p.id)?.jabatan?.kelas_jabatan != null && p.golongan);
      const masukHitung = new Set(dihitung);
      const dilewati = pegawai
        .filter((p) => !masukHitung.has(p))
        .map((p) => ({
          nip: p.nip,
          nama: namaLengkap(p),
          alasan: !utama.get(p.id)
            ? 'Tidak memangku jabatan definitif pada bulan ini.'
            : !p.golongan
              ? 'Golongan belum diisi.'
              : 'Kelas jabatan belum diisi.',
        }));

      const capaian = bulanTambahan(bulan)
        ? new Map<number, CapaianRun>()
        : await layanan(strapi, 'tpp', 'capaianMassal').bulan(
            dihitung.map((p) => p.id),
            // the head posts he holds (definitive first); capaianMassal decides by the policy which one takes the mean rule
            new Map(
              dihitung
                .map((p): [number, { jabatanId: number; jenis_penugasan: string | null }[]] => [
                  p.id,
                  [utama.get(p.id), plt.get(p.id)].flatMap((x) =>
                    x?.jabatan?.kepala_opd
                      ? [{ jabatanId: Number(x.jabatan.id), jenis_penugasan: x.jenis ?? null }]
                      : [],
                  ),
                ])
                .filter(([, xs]) => xs.length > 0),
            ),
            tahun,
            bulan,
            tanggal,
          );

      const sekarang = new Date();
      const hitungTpp = penghitungTpp(versi);
      const baris: BarisTppBaru[] = [];
      for (const p of dihitung) {
        // both checked by the filter of `dihitung` above
        const uj = utama.get(p.id)!.jabatan!;
        const golongan = p.golongan!;
        const pl = plt.get(p.id);
        const { masukan, alasan_tambahan } = susunMasukan(
          {
            bulan,
            golongan,
            cpns: !!p.cpns,
            kelas: Number(uj.kelas_jabatan),
            kode_jabatan: uj.kode ?? null,
            kelas_plt: pl?.jabatan?.kelas_jabatan != null ? Number(pl.jabatan.kelas_jabatan) : null,
            presensi: presensiPeta.get(p.id) ?? null,
            capaian: capaian.get(p.id)?.capaian ?? null,
            alasan_capaian: capaian.get(p.id)?.alasan ?? null,
            predikat_kode: pilihPredikat(evPeta.get(p.id) ?? []),
            gaji_bpjs: p.gaji_bpjs == null ? null : Number(p.gaji_bpjs),
          },
          versi.nilai,
        );
        let h: HasilTpp;
        try {
          h = hitungTpp(masukan);
        } catch (e) {
          if (e instanceof MasukanTppTidakValid) {
            dilewati.push({ nip: p.nip, nama: namaLengkap(p), alasan: e.message });
            continue;
          }
          throw e;
        }
        const jab = h.sumber_kelas === 'PLT' && pl?.jabatan ? pl.jabatan : uj;
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
          golongan,
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
      const hasil: HasilRun = {
        tahun,
        bulan,
        kode_opd: opd?.kode_opd ?? null,
        jumlah_pegawai: baris.length,
        total,
        versi_kebijakan: versi.kode,
        dilewati,
        durasi_ms: 0,
      };
      await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        await simpanBarisTpp(strapi, trx, baris, lamaPeta);
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'TPP_DIHITUNG',
          objekTipe: 'tpp',
          objekId: `${tahun}:${bulan}:${opd?.kode_opd ?? 'SEMUA'}`,
          sesudah: {
            tahun,
            bulan,
            kode_opd: opd?.kode_opd ?? null,
            jumlah_pegawai: baris.length,
            baru: baris.length - baris.filter((b) => lamaPeta.has(b.kunci_unik)).length,
            total,
            dilewati: dilewati.length,
            versi_kebijakan: versi.kode,
          },
          keterangan: `Perhitungan TPP ${tahun}/${bulan}${opd ? ` ${opd.nama}` : ' seluruh OPD'}: ${baris.length} pegawai.`,
          bertindakSebagai: aktor.peran === PERAN.BKAD ? 'BKAD' : 'ADMIN_BKPSDM',
        });
      });
      hasil.durasi_ms = Date.now() - mulai;
      return hasil;
    },
  };
};

/**
 * The run's inputs per pegawai, set-based over the link tables (knex, inside the caller's transaction when
 * there is one): posts (UTAMA/PLT active at `tanggal`, newest first, with the jabatan), the month's presensi,
 * the month's evaluations (with the jenis of their SKP's penugasan) and the existing TPP lines. The query
 * engine's `pegawai: { id: { $in: ids } }` became a SELECT DISTINCT over a LEFT JOIN with thousands of bound
 * ids that PostgreSQL ran for tens of seconds per month at 5,000 pegawai; these are plain joins.
 * Same rows and fields as the query engine's findMany calls they replace (attribute names, booleans).
 */
async function bacaMasukanRun(
  strapi: Core.Strapi,
  ids: number[],
  tahun: number,
  bulan: number,
  tanggal: string,
): Promise<[PosRun[], PresensiRun[], EvaluasiRun[], TppLama[]]> {
  const meta = (uid: string) => strapi.db.metadata.get(uid) as unknown as MetaTabel;
  const kol = (uid: string, a: string) => meta(uid).attributes[a]?.columnName ?? a;
  const tautan = (uid: string, a: string) => {
    const jt = meta(uid).attributes[a]?.joinTable;
    if (!jt) throw new Error(`${uid}.${a} tanpa tabel tautan`);
    return { t: jt.name as string, dari: jt.joinColumn.name as string, ke: jt.inverseJoinColumn.name as string };
  };
  const minta = new Set(ids);
  const kecil = ids.length <= BATAS_DAFTAR;
  /** rows of the pegawai: IN list for small sets, else every row of the period filtered here */
  const milik = async <T extends { pid: unknown }>(qb: Knex.QueryBuilder, kolomPegawai: string): Promise<T[]> => {
    if (kecil) return qb.whereIn(kolomPegawai, ids);
    return ((await qb) as T[]).filter((r) => minta.has(Number(r.pid)));
  };
  /** a raw row → attribute names with the query engine's value types (booleans, JSON, datetimes) */
  const keAtribut = (uid: string, r: Record<string, unknown>, lewati: string[] = []) => {
    const o: Record<string, unknown> = {};
    for (const [nama, a] of Object.entries(meta(uid).attributes)) {
      if (a.type === 'relation' || lewati.includes(nama)) continue;
      const c = a.columnName ?? nama;
      if (!(c in r)) continue;
      let v = r[c];
      if (v != null && a.type === 'boolean') v = v === true || v === 1 || v === '1' || v === 't' || v === 'true';
      else if (v != null && a.type === 'json' && typeof v === 'string') v = JSON.parse(v);
      else if (v != null && (a.type === 'datetime' || a.type === 'timestamp') && !(v instanceof Date))
        v = new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
      o[nama] = v;
    }
    return o;
  };
  const UP = 'plugin::inti.penugasan';
  const UJ = 'plugin::inti.jabatan';
  const US = 'plugin::kinerja.skp';

  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    // posts: UTAMA/PLT overlapping `tanggal`, newest first (tmt_mulai desc, id desc)
    const gp = tautan(UP, 'pegawai');
    const gj = tautan(UP, 'jabatan');
    const posQ = trx(`${meta(UP).tableName} as g`)
      .join(`${gp.t} as lp`, `lp.${gp.dari}`, 'g.id')
      .leftJoin(`${gj.t} as lj`, `lj.${gj.dari}`, 'g.id')
      .leftJoin(`${meta(UJ).tableName} as j`, 'j.id', `lj.${gj.ke}`)
      .whereIn(`g.${kol(UP, 'jenis')}`, ['UTAMA', 'PLT'])
      .where(`g.${kol(UP, 'tmt_mulai')}`, '<=', tanggal)
      .where((w) => w.whereNull(`g.${kol(UP, 'tmt_akhir')}`).orWhere(`g.${kol(UP, 'tmt_akhir')}`, '>=', tanggal))
      .select(
        'g.id as id',
        `g.${kol(UP, 'jenis')} as jenis`,
        `g.${kol(UP, 'tmt_mulai')} as tmt_mulai`,
        `lp.${gp.ke} as pid`,
        'j.id as j_id',
        ...['kode', 'nama', 'jenis', 'jenjang', 'eselon', 'kelas_jabatan', 'kepala_opd'].map(
          (a) => `j.${kol(UJ, a)} as j_${a}`,
        ),
      )
      .orderBy([
        { column: `g.${kol(UP, 'tmt_mulai')}`, order: 'desc' },
        { column: 'g.id', order: 'desc' },
      ]);
    const pos: PosRun[] = (await milik<MentahPos>(posQ, `lp.${gp.ke}`)).map((r) => ({
      id: Number(r.id),
      jenis: r.jenis,
      tmt_mulai: r.tmt_mulai,
      pegawai: { id: Number(r.pid) },
      jabatan:
        r.j_id == null
          ? null
          : {
              id: Number(r.j_id),
              kode: r.j_kode,
              nama: r.j_nama,
              jenis: r.j_jenis,
              jenjang: r.j_jenjang,
              eselon: r.j_eselon,
              kelas_jabatan: r.j_kelas_jabatan == null ? null : Number(r.j_kelas_jabatan),
              kepala_opd:
                r.j_kepala_opd == null
                  ? null
                  : r.j_kepala_opd === true || r.j_kepala_opd === 1 || r.j_kepala_opd === '1',
            },
    }));

    let presensi: PresensiRun[] = [];
    let evaluasi: EvaluasiRun[] = [];
    if (!bulanTambahan(bulan)) {
      const sp = tautan(UID_PRESENSI, 'pegawai');
      const presQ = trx(`${meta(UID_PRESENSI).tableName} as s`)
        .join(`${sp.t} as lp`, `lp.${sp.dari}`, 's.id')
        .where(`s.${kol(UID_PRESENSI, 'tahun')}`, tahun)
        .where(`s.${kol(UID_PRESENSI, 'bulan')}`, bulan)
        .select('s.*', `lp.${sp.ke} as pid`)
        .orderBy('s.id');
      presensi = (await milik<Record<string, unknown> & { id: unknown; pid: unknown }>(presQ, `lp.${sp.ke}`)).map(
        (r) => ({
          ...keAtribut(UID_PRESENSI, r),
          id: Number(r.id),
          pegawai: { id: Number(r.pid) },
        }),
      );

      const ep = tautan(UID_EVALUASI, 'pegawai');
      const es = tautan(UID_EVALUASI, 'skp');
      const sg = tautan(US, 'penugasan');
      const evQ = trx(`${meta(UID_EVALUASI).tableName} as e`)
        .join(`${ep.t} as lp`, `lp.${ep.dari}`, 'e.id')
        .leftJoin(`${es.t} as ls`, `ls.${es.dari}`, 'e.id')
        .leftJoin(`${sg.t} as lg`, `lg.${sg.dari}`, `ls.${es.ke}`)
        .leftJoin(`${meta(UP).tableName} as g`, 'g.id', `lg.${sg.ke}`)
        .where(`e.${kol(UID_EVALUASI, 'tahun')}`, tahun)
        .where(`e.${kol(UID_EVALUASI, 'periode_jenis')}`, 'BULANAN')
        .where(`e.${kol(UID_EVALUASI, 'periode')}`, bulan)
        .select(
          'e.id as id',
          `e.${kol(UID_EVALUASI, 'predikat_kode')} as predikat_kode`,
          `lp.${ep.ke} as pid`,
          `ls.${es.ke} as skp_id`,
          `g.${kol(UP, 'jenis')} as jenis_penugasan`,
        )
        .orderBy('e.id');
      evaluasi = (await milik<MentahEvaluasi>(evQ, `lp.${ep.ke}`)).map((r) => ({
        id: Number(r.id),
        predikat_kode: r.predikat_kode,
        pegawai: { id: Number(r.pid) },
        skp:
          r.skp_id == null
            ? null
            : { id: Number(r.skp_id), penugasan: r.jenis_penugasan == null ? null : { jenis: r.jenis_penugasan } },
      }));
    }

    // existing lines of the month: the unique kunci_unik of each pegawai (the tpp table's own indexed column)
    const kunci = ids.map((id) => kunciTpp(id, tahun, bulan));
    const lama: { id: unknown; documentId: string; kunci_unik: string }[] = [];
    const T = meta(UID_TPP).tableName;
    if (kecil) {
      lama.push(
        ...(await trx(T)
          .whereIn(kol(UID_TPP, 'kunci_unik'), kunci)
          .select('id', `${kol(UID_TPP, 'documentId')} as documentId`, `${kol(UID_TPP, 'kunci_unik')} as kunci_unik`)),
      );
    } else {
      const ada = new Set(kunci);
      const semua = await trx(T)
        .where({ [kol(UID_TPP, 'tahun')]: tahun, [kol(UID_TPP, 'bulan')]: bulan })
        .select('id', `${kol(UID_TPP, 'documentId')} as documentId`, `${kol(UID_TPP, 'kunci_unik')} as kunci_unik`);
      lama.push(...semua.filter((r: { kunci_unik: string }) => ada.has(r.kunci_unik)));
    }
    const hasil: [PosRun[], PresensiRun[], EvaluasiRun[], TppLama[]] = [
      pos,
      presensi,
      evaluasi,
      lama.map((r) => ({ ...r, id: Number(r.id) })),
    ];
    return hasil;
  });
}

/** A post row as the join reads it (`j_*`: its jabatan's columns). */
interface MentahPos {
  id: unknown;
  jenis: string;
  tmt_mulai: unknown;
  pid: unknown;
  j_id: unknown;
  j_kode: string | null;
  j_nama: string;
  j_jenis: string;
  j_jenjang: string | null;
  j_eselon: string | null;
  j_kelas_jabatan: unknown;
  j_kepala_opd: unknown;
}

/** An evaluation row as the join reads it. */
interface MentahEvaluasi {
  id: unknown;
  predikat_kode: number;
  pid: unknown;
  skp_id: unknown;
  jenis_penugasan: string | null;
}
