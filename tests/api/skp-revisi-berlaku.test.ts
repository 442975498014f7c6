/**
 * Issue 10 "Hardening", rule error 3: a revision in progress must not change the approved plan
 * (domain.md §3 "Per-RHK edit"). The staff's approved SKP of this year: last month is evaluated first;
 * then the staff reopens one RHK UTAMA, changes an IKI target and a renaksi's targets of this month and
 * last month, adds a renaksi, submits, and the Kabid rejects. The approved version stays in force:
 * Rencana SKP print, capaian (kinerja and the TPP bulk run), realisasi entry (the added renaksi refused
 * with REVISI_BELUM_DISETUJUI), the monthly print; the penilai sees old → new per field. Then the draft
 * is submitted again and approved: the revised version is in force from then (stored realisasi capaian
 * recomputed), while the print of the evaluation made before keeps the SKP as it was evaluated.
 * Prints are read back with pdftotext (tests/helpers/pdf.ts).
 */
import { mulaiStrapi, NIP, hariIniKota, bulanTerbuka } from '../helpers/strapi';
import { cetak as cetakPdf, teks } from '../helpers/pdf';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));
const lalu = bulan - 1;
let siap = false;
/** January has no past month of the year to evaluate; a locked quarter cannot be revised. */
const uji = (nama: string, fn: () => Promise<void>) =>
  test(nama, async () =>
    siap ? fn() : console.warn(`[dilewati] ${nama}: bulan lalu tidak dapat dievaluasi atau kuartal terkunci`),
  );

/** Distinctive revised values, found nowhere in the demo prints. */
const TARGET_IKI_BARU = '97531';
const TARGET_RENAKSI_BARU = 777;

let skpId: string;
let stafId: number;
let rhk: any;
let iki: any;
let renaksi: any;
/** the renaksi's approved targets of this month and last month */
let targetBulan: number;
let targetLalu: number;
let renaksiBaru: string;

const as = (k: string) => t.as(jwt[k]);
const cetak = async (url: string) => {
  const r = await cetakPdf(t, jwt.staf, url);
  expect([r.status, r.json]).toEqual([200, null]);
  return teks(r.berkas).replace(/\s+/g, ' ');
};
const cetakRencana = () => cetak(`/api/cetak/rencana-skp?skp=${skpId}&tanggal=${hari}&tempat=Madiun`);
const cetakEvaluasiLalu = () =>
  cetak(`/api/cetak/evaluasi?nip=${NIP.staf}&tahun=${tahun}&bulan=${lalu}&tanggal=${hari}&tempat=Madiun`);
const cetakBulanan = () =>
  cetak(`/api/cetak/skp-bulanan?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&tanggal=${hari}&tempat=Madiun`);
const capaian = async (b = bulan) => {
  const r = await as('staf').get(`/api/capaian?nip=${NIP.staf}&tahun=${tahun}&bulan=${b}`);
  expect(r.status).toBe(200);
  return r.body.data;
};
const renaksiCapaian = (c: any, id: string) => c.rhk.flatMap((r: any) => r.renaksi).find((x: any) => x.id === id);
// the TPP run's bulk capaian of the staff member (his figure: he heads nothing)
const massal = async (b = bulan) =>
  (await t.strapi.plugin('tpp').service('capaianMassal').bulan([stafId], new Map(), tahun, b, hari)).get(stafId)
    ?.capaian ?? null;
const isiRealisasi = (id: string, nilai: number) =>
  as('staf')
    .post(`/api/rencana-aksi/${id}/realisasi`)
    .send({ bulan, nilai, bukti_url: ['https://drive.madiunkota.go.id/bukti/revisi'] });
const realisasiBulan = async (id: string) =>
  t.strapi.db.query('plugin::kinerja.realisasi').findOne({ where: { rencana_aksi: { documentId: id }, bulan } });

beforeAll(async () => {
  for (const k of ['staf', 'kabidAplikasi'] as const) jwt[k] = await t.token(NIP[k]);
  const terbuka = await bulanTerbuka(t.strapi, tahun);
  siap = lalu >= 1 && terbuka.includes(bulan) && terbuka.includes(lalu);
  if (!siap) return;
  stafId = (await t.strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip: NIP.staf }, select: ['id'] })).id;
  const daftar = await as('staf').get(
    `/api/panel/skp?filter=${encodeURIComponent(JSON.stringify({ pegawai_id: t.demo.pegawai.staf.documentId, tahun, status: 'DISETUJUI' }))}`,
  );
  skpId = daftar.body[0].id;
  const skp = (await as('staf').get(`/api/skp/${skpId}`)).body.data;
  // an RHK UTAMA with an IKI and a renaksi that has a target this month and last month
  for (const r of skp.rhk.filter((x: any) => x.jenis === 'UTAMA' && x.iki.length)) {
    const rs = (await as('staf').get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&rhk=${r.id}`)).body.data;
    const cocok = rs.find((x: any) => [bulan, lalu].every((b) => x.target.some((y: any) => y.bulan === b)));
    if (cocok) {
      rhk = r;
      renaksi = cocok;
      break;
    }
  }
  expect(renaksi).toBeTruthy();
  iki = rhk.iki[0];
  targetBulan = renaksi.target.find((y: any) => y.bulan === bulan).nilai;
  targetLalu = renaksi.target.find((y: any) => y.bulan === lalu).nilai;

  // last month is evaluated before the revision (the Kabid checks its realisasi first)
  const p = await as('kabidAplikasi').get(`/api/evaluasi/persiapan?nip=${NIP.staf}&tahun=${tahun}&bulan=${lalu}`);
  expect(p.status).toBe(200);
  const ids = p.body.data.realisasi.belum_diperiksa.map((x: any) => x.realisasi);
  if (ids.length)
    expect(
      (await as('kabidAplikasi').post('/api/realisasi/periksa').send({ ids, umpan_balik: 'Sudah sesuai.' })).status,
    ).toBe(200);
  const e = await as('kabidAplikasi')
    .post('/api/evaluasi')
    .send({ nip: NIP.staf, tahun, bulan: lalu, rating_hasil: 2, rating_perilaku: 2 });
  expect([e.status, e.body?.error]).toEqual([201, undefined]);
});

describe('issue 10 item 3: a revision in progress changes the approved plan', () => {
  uji(
    'the revision is opened, edited (IKI target, renaksi targets, an added renaksi) and submitted; the penilai sees old → new',
    async () => {
      expect((await as('staf').post(`/api/rhk/${rhk.id}/revisi`).send({})).status).toBe(200);
      expect((await as('staf').put(`/api/iki/${iki.id}`).send({ target: TARGET_IKI_BARU })).status).toBe(200);
      const target = renaksi.target.map((y: any) => ({
        bulan: y.bulan,
        nilai: y.bulan === bulan || y.bulan === lalu ? TARGET_RENAKSI_BARU : y.nilai,
      }));
      expect((await as('staf').put(`/api/rencana-aksi/${renaksi.id}`).send({ target })).status).toBe(200);
      const baru = await as('staf')
        .post(`/api/rhk/${rhk.id}/rencana-aksi`)
        .send({
          uraian: 'Menyusun kajian tambahan hasil revisi',
          satuan: 'kajian',
          target: [
            { bulan: lalu, nilai: 2 },
            { bulan, nilai: 2 },
          ],
        });
      expect(baru.status).toBe(201);
      renaksiBaru = baru.body.data.id;
      expect((await as('staf').post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);

      const d = await as('kabidAplikasi').get(`/api/skp/${skpId}`);
      expect(d.status).toBe(200);
      const perubahan = d.body.data.rhk.find((r: any) => r.id === rhk.id).perubahan;
      expect(perubahan).toEqual(
        expect.arrayContaining([
          { objek: 'IKI', id: iki.id, nama: iki.uraian, field: 'target', lama: iki.target, baru: TARGET_IKI_BARU },
          {
            objek: 'RENAKSI',
            id: renaksi.id,
            nama: renaksi.uraian,
            field: `target_bulan_${bulan}`,
            lama: targetBulan,
            baru: TARGET_RENAKSI_BARU,
          },
          {
            objek: 'RENAKSI',
            id: renaksi.id,
            nama: renaksi.uraian,
            field: `target_bulan_${lalu}`,
            lama: targetLalu,
            baru: TARGET_RENAKSI_BARU,
          },
          {
            objek: 'RENAKSI',
            id: renaksiBaru,
            nama: 'Menyusun kajian tambahan hasil revisi',
            field: 'ada',
            lama: null,
            baru: 'Menyusun kajian tambahan hasil revisi',
          },
        ]),
      );
      expect(perubahan).toHaveLength(4);
    },
  );

  uji('rejected: the SKP still says Disetujui and every reader keeps the approved version', async () => {
    const r = await as('kabidAplikasi').post(`/api/rhk/${rhk.id}/tolak`).send({ catatan: 'Target terlalu tinggi.' });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: 'DISETUJUI', rhk: { status_revisi: 'DRAFT' } });

    // the evaluation screen of last month waits for no realisasi of the added renaksi
    const p = await as('kabidAplikasi').get(`/api/evaluasi/persiapan?nip=${NIP.staf}&tahun=${tahun}&bulan=${lalu}`);
    expect(p.status).toBe(200);
    expect(p.body.data.realisasi.belum_diisi.map((x: any) => x.renaksi)).not.toContain(renaksiBaru);

    // Rencana SKP print: the approved IKI target, not the rejected one
    const rencana = await cetakRencana();
    expect(rencana).toContain(iki.target);
    expect(rencana).not.toContain(TARGET_IKI_BARU);

    // capaian: the approved target, the added renaksi not counted; the TPP bulk run agrees
    const c = await capaian();
    expect(renaksiCapaian(c, renaksi.id).target).toBe(targetBulan);
    expect(renaksiCapaian(c, renaksiBaru)).toBeUndefined();
    expect(await massal()).toBe(c.capaian);

    // realisasi entry: the month list offers the approved target and not the added renaksi; entry is
    // against the approved target; the added renaksi refused until approved
    const daftar = (await as('staf').get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`)).body.data;
    expect(daftar.find((r: any) => r.id === renaksi.id).target.nilai).toBe(targetBulan);
    expect(daftar.find((r: any) => r.id === renaksiBaru)).toBeUndefined();
    const x = await isiRealisasi(renaksi.id, targetBulan);
    expect([x.status, x.body?.error]).toEqual([expect.any(Number), undefined]);
    expect(x.body.data).toMatchObject({ target: targetBulan, capaian: 100 });
    const y = await isiRealisasi(renaksiBaru, 2);
    expect(y.status).toBe(409);
    expect(y.body.error.details).toMatchObject({ code: 'REVISI_BELUM_DISETUJUI' });
    expect(renaksiCapaian(await capaian(), renaksi.id).capaian).toBe(100);

    // the monthly print and the earlier evaluation's print show the approved version
    expect(await cetakBulanan()).not.toContain(TARGET_IKI_BARU);
    const ev = await cetakEvaluasiLalu();
    expect(ev).not.toContain(TARGET_IKI_BARU);
    expect(ev).not.toContain(`dari ${TARGET_RENAKSI_BARU} `);
  });

  uji(
    'the rejected draft stays with its owner; submitted again and approved, the revision is in force from then',
    async () => {
      const d = await as('staf').get(`/api/skp/${skpId}`);
      expect(d.body.data.rhk.find((r: any) => r.id === rhk.id).iki.find((i: any) => i.id === iki.id).target).toBe(
        TARGET_IKI_BARU,
      );
      expect((await as('staf').post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);
      const s = await as('kabidAplikasi').post(`/api/rhk/${rhk.id}/setujui`).send({});
      expect(s.status).toBe(200);
      expect(s.body.data.rhk.status_revisi).toBeNull();
      expect(
        (await as('kabidAplikasi').get(`/api/skp/${skpId}`)).body.data.rhk.find((r: any) => r.id === rhk.id).perubahan,
      ).toBeUndefined();

      expect(await cetakRencana()).toContain(TARGET_IKI_BARU);
      const c = await capaian();
      expect(renaksiCapaian(c, renaksi.id).target).toBe(TARGET_RENAKSI_BARU);
      expect(renaksiCapaian(c, renaksiBaru)).toBeDefined();
      expect(await massal()).toBe(c.capaian);
      // the stored capaian of this month's realisasi follows the approved revision
      expect(Number((await realisasiBulan(renaksi.id)).target_nilai)).toBe(TARGET_RENAKSI_BARU);
      const daftar = (await as('staf').get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`)).body
        .data;
      expect(daftar.find((r: any) => r.id === renaksi.id).target.nilai).toBe(TARGET_RENAKSI_BARU);
      expect(daftar.find((r: any) => r.id === renaksiBaru)).toBeDefined();
      expect((await isiRealisasi(renaksiBaru, 2)).status).toBe(201);
      expect(await cetakBulanan()).toContain(TARGET_IKI_BARU);
    },
  );

  uji('the evaluation made before the change still prints the SKP as it was evaluated', async () => {
    // last month now plans the revised target; its evaluation keeps the approved one
    expect(renaksiCapaian(await capaian(lalu), renaksi.id).target).toBe(TARGET_RENAKSI_BARU);
    const ev = await cetakEvaluasiLalu();
    expect(ev).toContain(`: ${iki.target} `);
    expect(ev).not.toContain(TARGET_IKI_BARU);
    expect(ev).not.toContain(`dari ${TARGET_RENAKSI_BARU} `);
  });

  // a second and third revision of the same RHK: renaksi deleted during a revision, a month's target removed
  const RENAKSI_C = 'Menyusun laporan revisi C';
  const RENAKSI_E = 'Menyusun laporan revisi E';
  const RENAKSI_F = 'Menyusun laporan revisi F';
  const ids: Record<string, string> = {};
  const renaksiRow = (id: string) =>
    t.strapi.db.query('plugin::kinerja.rencana-aksi').findOne({ where: { documentId: id } });
  const tahunan = async () =>
    (await as('staf').get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&rhk=${rhk.id}`)).body.data.map(
      (r: any) => r.id,
    );
  const bulanan = async () =>
    (await as('staf').get(`/api/rencana-aksi?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&rhk=${rhk.id}`)).body.data;

  uji(
    'issue 10 item 3: a renaksi deleted during a revision stays in force until approval, the penilai sees its removal',
    async () => {
      // an approved revision adds C, E and F (two months each), all without realisasi
      expect((await as('staf').post(`/api/rhk/${rhk.id}/revisi`).send({})).status).toBe(200);
      for (const [k, uraian] of [
        ['C', RENAKSI_C],
        ['E', RENAKSI_E],
        ['F', RENAKSI_F],
      ]) {
        const b = await as('staf')
          .post(`/api/rhk/${rhk.id}/rencana-aksi`)
          .send({
            uraian,
            satuan: 'laporan',
            target: [
              { bulan: lalu, nilai: 4 },
              { bulan, nilai: 4 },
            ],
          });
        expect(b.status).toBe(201);
        ids[k] = b.body.data.id;
      }
      expect((await as('staf').post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);
      expect((await as('kabidAplikasi').post(`/api/rhk/${rhk.id}/setujui`).send({})).status).toBe(200);

      // reopened: C and E deleted, F loses this month's target; D added then deleted (never in force: gone at once)
      expect((await as('staf').post(`/api/rhk/${rhk.id}/revisi`).send({})).status).toBe(200);
      expect((await as('staf').delete(`/api/rencana-aksi/${ids.C}`)).status).toBe(200);
      expect((await as('staf').delete(`/api/rencana-aksi/${ids.E}`)).status).toBe(200);
      expect(
        (
          await as('staf')
            .put(`/api/rencana-aksi/${ids.F}`)
            .send({ target: [{ bulan: lalu, nilai: 4 }] })
        ).status,
      ).toBe(200);
      const d = await as('staf')
        .post(`/api/rhk/${rhk.id}/rencana-aksi`)
        .send({ uraian: 'Rencana aksi D sementara', satuan: 'laporan', target: [{ bulan, nilai: 1 }] });
      expect(d.status).toBe(201);
      expect((await as('staf').delete(`/api/rencana-aksi/${d.body.data.id}`)).status).toBe(200);
      expect(await renaksiRow(d.body.data.id)).toBeNull();

      // the working copy (year view) no longer lists C and E; the month list (realisasi entry) still does
      const th = await tahunan();
      expect(th).not.toContain(ids.C);
      expect(th).not.toContain(ids.E);
      expect(th).toContain(ids.F);
      const bl = await bulanan();
      expect(bl.find((r: any) => r.id === ids.C)?.target?.nilai).toBe(4);
      expect(bl.find((r: any) => r.id === ids.F)?.target?.nilai).toBe(4);

      // capaian still counts them
      const c = await capaian();
      expect(renaksiCapaian(c, ids.C)?.target).toBe(4);
      expect(renaksiCapaian(c, ids.E)?.target).toBe(4);
      expect(await massal()).toBe(c.capaian);

      // realisasi entry works against the approved target for the deleted C and for F's removed month
      const xc = await isiRealisasi(ids.C, 4);
      expect([xc.status, xc.body?.error]).toEqual([201, undefined]);
      expect(xc.body.data).toMatchObject({ target: 4, capaian: 100 });
      const xf = await isiRealisasi(ids.F, 2);
      expect([xf.status, xf.body?.error]).toEqual([201, undefined]);

      // the penilai sees the removals old → new
      expect((await as('staf').post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);
      const perubahan = (await as('kabidAplikasi').get(`/api/skp/${skpId}`)).body.data.rhk.find(
        (r: any) => r.id === rhk.id,
      ).perubahan;
      expect(perubahan).toEqual([
        { objek: 'RENAKSI', id: ids.C, nama: RENAKSI_C, field: 'ada', lama: RENAKSI_C, baru: null },
        { objek: 'RENAKSI', id: ids.E, nama: RENAKSI_E, field: 'ada', lama: RENAKSI_E, baru: null },
        { objek: 'RENAKSI', id: ids.F, nama: RENAKSI_F, field: `target_bulan_${bulan}`, lama: 4, baru: null },
      ]);
    },
  );

  uji(
    'issue 10 item 3: approval that would orphan a stored realisasi (deleted renaksi, removed month) is refused; rejection changes nothing',
    async () => {
      const s = await as('kabidAplikasi').post(`/api/rhk/${rhk.id}/setujui`).send({});
      expect(s.status).toBe(409);
      expect(s.body.error.details).toMatchObject({
        code: 'REVISI_MENINGGALKAN_REALISASI',
        realisasi: [
          { renaksi: ids.C, uraian: RENAKSI_C, bulan, sebab: 'RENAKSI_DIHAPUS' },
          { renaksi: ids.F, uraian: RENAKSI_F, bulan, sebab: 'BULAN_DIHAPUS' },
        ],
      });
      expect(s.body.error.message).toContain(RENAKSI_C);
      expect(s.body.error.message).toContain(RENAKSI_F);
      expect(await renaksiRow(ids.C)).not.toBeNull();

      // rejected: everything in force stays (C, E and F's month counted; the realisasi kept)
      expect(
        (
          await as('kabidAplikasi')
            .post(`/api/rhk/${rhk.id}/tolak`)
            .send({ catatan: 'Pulihkan yang sudah ada realisasinya.' })
        ).status,
      ).toBe(200);
      const c = await capaian();
      expect(renaksiCapaian(c, ids.C)).toMatchObject({ target: 4, capaian: 100 });
      expect(renaksiCapaian(c, ids.E)?.target).toBe(4);
      expect(renaksiCapaian(c, ids.F)?.target).toBe(4);
      expect(await realisasiBulan(ids.F)).not.toBeNull();
    },
  );

  uji(
    'issue 10 item 3: the owner undoes a deletion; approved, the deleted renaksi goes and the restored ones keep their realisasi',
    async () => {
      const p = await as('staf').post(`/api/rencana-aksi/${ids.C}/pulihkan`).send({});
      expect(p.status).toBe(200);
      expect(await tahunan()).toContain(ids.C);
      expect(
        (
          await as('staf')
            .put(`/api/rencana-aksi/${ids.F}`)
            .send({
              target: [
                { bulan: lalu, nilai: 4 },
                { bulan, nilai: 4 },
              ],
            })
        ).status,
      ).toBe(200);
      expect((await as('staf').post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);
      const s = await as('kabidAplikasi').post(`/api/rhk/${rhk.id}/setujui`).send({});
      expect([s.status, s.body?.error]).toEqual([200, undefined]);
      expect(await renaksiRow(ids.E)).toBeNull();
      const c = await capaian();
      expect(renaksiCapaian(c, ids.E)).toBeUndefined();
      expect(renaksiCapaian(c, ids.C)).toMatchObject({ target: 4, capaian: 100 });
      expect(renaksiCapaian(c, ids.F)?.target).toBe(4);
      expect(await massal()).toBe(c.capaian);
    },
  );
});
