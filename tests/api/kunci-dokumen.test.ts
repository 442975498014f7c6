/**
 * Issue 10, Security 2: the period lock lives in the Document Service guard, so every path that writes
 * documents (Content Manager, another plugin, a script) meets it, not only the services. Called here
 * straight through `strapi.documents(uid)` for each period-locked type (realisasi and its evidence
 * files, evaluasi monthly/quarterly/annual, predikat-organisasi, tpp, presensi): create, update and
 * delete in a locked month answer 423 PERIODE_TERKUNCI and change nothing; the same in an open month
 * work; an update that moves a row into (or out of) a locked month is refused; TPP months 13/14 and
 * the lock rows themselves are not guarded; after the unlock the writes work again.
 *
 * A year of its own (2001), no demo data: Q2 (April–June) locked, Q3 (July–September) open.
 */
import { mulaiStrapi } from '../helpers/strapi';

const t = mulaiStrapi();
const TAHUN = 2001;
const TERKUNCI = 5; // May, Q2
const TERBUKA = 8; // August, Q3
const UID_KUNCI = 'plugin::inti.kunci-periode';
let urut = 0;
const unik = (awal: string) => `uji-kd:${awal}:${++urut}`;

/** One content type: how to build a row of a month, and a field to change. */
interface Jenis {
  uid: string;
  baris(bulan: number): Record<string, unknown>;
  ubah: Record<string, unknown>;
  /** the data that moves a row to another month */
  pindah(bulan: number): Record<string, unknown>;
}

const JENIS: Record<string, Jenis> = {
  realisasi: {
    uid: 'plugin::kinerja.realisasi',
    baris: (bulan) => ({ tahun: TAHUN, bulan, kunci_unik: unik('r'), nilai: 3, status: 'UNCHECKED' }),
    ubah: { nilai: 9 },
    pindah: (bulan) => ({ bulan }),
  },
  'evaluasi bulanan': {
    uid: 'plugin::kinerja.evaluasi',
    baris: (bulan) => ({
      tahun: TAHUN,
      periode_jenis: 'BULANAN',
      periode: bulan,
      kunci_unik: unik('e'),
      rating_hasil: 2,
      rating_perilaku: 2,
      perilaku_source: 'DEFINITIF',
      predikat_kode: 3,
      predikat_nama: 'Baik',
    }),
    ubah: { rating_hasil: 1 },
    pindah: (bulan) => ({ periode: bulan }),
  },
  'evaluasi triwulanan': {
    uid: 'plugin::kinerja.evaluasi',
    baris: (bulan) => ({
      tahun: TAHUN,
      periode_jenis: 'TRIWULAN',
      periode: Math.ceil(bulan / 3),
      kunci_unik: unik('et'),
      rating_hasil: 2,
      rating_perilaku: 2,
      perilaku_source: 'DEFINITIF',
      predikat_kode: 3,
      predikat_nama: 'Baik',
    }),
    ubah: { rating_hasil: 1 },
    pindah: (bulan) => ({ periode: Math.ceil(bulan / 3) }),
  },
  'predikat-organisasi': {
    uid: 'plugin::kinerja.predikat-organisasi',
    baris: (bulan) => ({
      tahun: TAHUN,
      periode_jenis: 'BULANAN',
      periode: bulan,
      kunci_unik: unik('po'),
      predikat: 'BAIK',
      status: 'DRAFT',
    }),
    ubah: { predikat: 'ISTIMEWA' },
    pindah: (bulan) => ({ periode: bulan }),
  },
  tpp: {
    uid: 'plugin::tpp.tpp',
    baris: (bulan) => ({ tahun: TAHUN, bulan, kunci_unik: unik('t'), jumlah_tpp: '1000' }),
    ubah: { jumlah_tpp: '2000' },
    pindah: (bulan) => ({ bulan }),
  },
  presensi: {
    uid: 'plugin::tpp.presensi',
    baris: (bulan) => ({ tahun: TAHUN, bulan, kunci_unik: unik('p'), telat_1_30: 1 }),
    ubah: { telat_1_30: 4 },
    pindah: (bulan) => ({ bulan }),
  },
};

const docs = (uid: string) => t.strapi.documents(uid);
/** [status, code] of a refused write, or 'OK'. */
async function hasil(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
    return 'OK';
  } catch (e: any) {
    return [e.status, e.kode];
  }
}
/** A row written straight through the query engine (the fixture; not a path under test). */
const sisip = async (j: Jenis, bulan: number) => t.strapi.db.query(j.uid).create({ data: j.baris(bulan) });
const baca = (j: Jenis, id: number) => t.strapi.db.query(j.uid).findOne({ where: { id } });
const kunci = (terkunci: boolean) =>
  t.strapi.db.query(UID_KUNCI).update({ where: { kunci_unik: `${TAHUN}:2` }, data: { terkunci } });
const DITOLAK = [423, 'PERIODE_TERKUNCI'];

beforeAll(async () => {
  await t.strapi.db.query(UID_KUNCI).create({
    data: {
      tahun: TAHUN,
      triwulan: 2,
      kunci_unik: `${TAHUN}:2`,
      terkunci: true,
      dikunci_oleh: 'bkad',
      dikunci_pada: new Date(),
    },
  });
});

describe('Security 2: the period lock holds for every Document Service write', () => {
  for (const [nama, j] of Object.entries(JENIS)) {
    describe(nama, () => {
      test('create in a locked month → 423 PERIODE_TERKUNCI, nothing written; in an open month it works', async () => {
        const sebelum = await t.strapi.db.query(j.uid).count({ where: { tahun: TAHUN } });
        expect(await hasil(() => docs(j.uid).create({ data: j.baris(TERKUNCI) }))).toEqual(DITOLAK);
        expect(await t.strapi.db.query(j.uid).count({ where: { tahun: TAHUN } })).toBe(sebelum);
        expect(await hasil(() => docs(j.uid).create({ data: j.baris(TERBUKA) }))).toBe('OK');
        expect(await t.strapi.db.query(j.uid).count({ where: { tahun: TAHUN } })).toBe(sebelum + 1);
      });

      test('update of a locked month’s row → 423 and unchanged; of an open month’s row it works', async () => {
        const a = await sisip(j, TERKUNCI);
        expect(await hasil(() => docs(j.uid).update({ documentId: a.documentId, data: j.ubah }))).toEqual(DITOLAK);
        const [kolom, nilai] = Object.entries(j.ubah)[0];
        expect(String((await baca(j, a.id))[kolom])).toBe(String(a[kolom]));
        const b = await sisip(j, TERBUKA);
        expect(await hasil(() => docs(j.uid).update({ documentId: b.documentId, data: j.ubah }))).toBe('OK');
        expect(String((await baca(j, b.id))[kolom])).toBe(String(nilai));
      });

      test('an update that moves a row into, or out of, a locked month is refused', async () => {
        const b = await sisip(j, TERBUKA);
        expect(await hasil(() => docs(j.uid).update({ documentId: b.documentId, data: j.pindah(TERKUNCI) }))).toEqual(
          DITOLAK,
        );
        expect(await baca(j, b.id)).toMatchObject(j.pindah(TERBUKA));
        const a = await sisip(j, TERKUNCI);
        expect(await hasil(() => docs(j.uid).update({ documentId: a.documentId, data: j.pindah(TERBUKA) }))).toEqual(
          DITOLAK,
        );
        expect(await baca(j, a.id)).toMatchObject(j.pindah(TERKUNCI));
      });

      test('delete of a locked month’s row → 423 and still there; of an open month’s row it works', async () => {
        const a = await sisip(j, TERKUNCI);
        expect(await hasil(() => docs(j.uid).delete({ documentId: a.documentId }))).toEqual(DITOLAK);
        expect(await baca(j, a.id)).toBeTruthy();
        const b = await sisip(j, TERBUKA);
        expect(await hasil(() => docs(j.uid).delete({ documentId: b.documentId }))).toBe('OK');
        expect(await baca(j, b.id)).toBeNull();
      });
    });
  }

  test('the annual evaluation follows December’s quarter: open while only Q2 is locked', async () => {
    const j = JENIS['evaluasi bulanan'];
    const data = { ...j.baris(TERBUKA), periode_jenis: 'TAHUNAN', periode: 0 };
    const r = await docs(j.uid).create({ data });
    expect(await hasil(() => docs(j.uid).update({ documentId: r.documentId, data: { rating_hasil: 1 } }))).toBe('OK');
    await t.strapi.db
      .query(UID_KUNCI)
      .create({ data: { tahun: TAHUN, triwulan: 4, kunci_unik: `${TAHUN}:4`, terkunci: true } });
    try {
      expect(await hasil(() => docs(j.uid).update({ documentId: r.documentId, data: { rating_hasil: 3 } }))).toEqual(
        DITOLAK,
      );
    } finally {
      await t.strapi.db.query(UID_KUNCI).delete({ where: { kunci_unik: `${TAHUN}:4` } });
    }
  });

  test('TPP lines of months 13 (THR) and 14 (gaji-13) are not period-locked', async () => {
    const j = JENIS.tpp;
    await t.strapi.db
      .query(UID_KUNCI)
      .create({ data: { tahun: TAHUN, triwulan: 4, kunci_unik: `${TAHUN}:4`, terkunci: true } });
    try {
      for (const bulan of [13, 14]) {
        const r = await docs(j.uid).create({ data: j.baris(bulan) });
        expect(await hasil(() => docs(j.uid).update({ documentId: r.documentId, data: j.ubah }))).toBe('OK');
      }
    } finally {
      await t.strapi.db.query(UID_KUNCI).delete({ where: { kunci_unik: `${TAHUN}:4` } });
    }
  });

  test('an evidence file of a locked month’s realisasi cannot be changed or deleted through the Document Service', async () => {
    const real = await sisip(JENIS.realisasi, TERKUNCI);
    const realBuka = await sisip(JENIS.realisasi, TERBUKA);
    const berkas = async (r: any) => {
      const f = await t.strapi.db.query('plugin::upload.file').create({
        data: {
          name: `bukti-${r.id}.pdf`,
          hash: `uji_kd_${r.id}_${Date.now()}`,
          ext: '.pdf',
          mime: 'application/pdf',
          size: 1,
          url: '/x',
          provider: 'local',
          folderPath: '/',
        },
      });
      await t.strapi.db.query(JENIS.realisasi.uid).update({ where: { id: r.id }, data: { bukti: [f.id] } });
      return f;
    };
    const f = await berkas(real);
    const g = await berkas(realBuka);
    expect(
      await hasil(() => docs('plugin::upload.file').update({ documentId: f.documentId, data: { name: 'ganti.pdf' } })),
    ).toEqual(DITOLAK);
    expect(await hasil(() => docs('plugin::upload.file').delete({ documentId: f.documentId }))).toEqual(DITOLAK);
    expect((await t.strapi.db.query('plugin::upload.file').findOne({ where: { id: f.id } })).name).toBe(f.name);
    expect(
      await hasil(() => docs('plugin::upload.file').update({ documentId: g.documentId, data: { name: 'ganti.pdf' } })),
    ).toBe('OK');
    // detaching the evidence of the locked realisasi through its own update is refused as well
    expect(
      await hasil(() => docs(JENIS.realisasi.uid).update({ documentId: real.documentId, data: { bukti: [] } })),
    ).toEqual(DITOLAK);
    const masih = await t.strapi.db
      .query(JENIS.realisasi.uid)
      .findOne({ where: { id: real.id }, populate: { bukti: { select: ['id'] } } });
    expect(masih.bukti.map((x: any) => x.id)).toEqual([f.id]);
  });

  test('the lock rows themselves are not guarded, and after the unlock the writes work again', async () => {
    const j = JENIS.realisasi;
    const a = await sisip(j, TERKUNCI);
    const baris = await t.strapi.db.query(UID_KUNCI).findOne({ where: { kunci_unik: `${TAHUN}:2` } });
    expect(await hasil(() => docs(UID_KUNCI).update({ documentId: baris.documentId, data: { terkunci: false } }))).toBe(
      'OK',
    );
    expect(await hasil(() => docs(j.uid).update({ documentId: a.documentId, data: j.ubah }))).toBe('OK');
    expect(await hasil(() => docs(j.uid).create({ data: j.baris(TERKUNCI) }))).toBe('OK');
    expect(await hasil(() => docs(j.uid).delete({ documentId: a.documentId }))).toBe('OK');
    await kunci(true);
    expect(await hasil(() => docs(j.uid).create({ data: j.baris(TERKUNCI) }))).toEqual(DITOLAK);
  });
});
