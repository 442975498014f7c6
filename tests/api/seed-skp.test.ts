/**
 * Demo SKP of the named accounts (issue: "each demo pegawai of api.md has an approved SKP for the current
 * year with 2–4 RHK, cascaded to the penilai's RHK"), read back from the database the demo seed wrote:
 * the definitive SKP approved, 2–4 RHK, every RHK UTAMA of a JA/JF SKP cascaded to an RHK of an SKP of the
 * SKP's own penilai; the Plt Kabid Persandian holds an approved Plt SKP too.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const tahun = Number(hariIniKota().slice(0, 4));

const skpDari = (nip: string) =>
  t.strapi.db.query('plugin::kinerja.skp').findMany({
    where: { pegawai: { nip }, tahun },
    populate: { penugasan: { select: ['jenis'] }, penilai_pegawai: { select: ['id', 'nip'] } },
  });

test('the demo city comes from the seed (not the helper fixture)', () => {
  expect(t.demo.dariSeed).toBe(true);
});

test.each(Object.entries(NIP))(
  '%s: an approved SKP of this year with 2–4 RHK, each RHK UTAMA of JA/JF cascaded to his penilai',
  async (_nama, nip) => {
    const semua = await skpDari(nip);
    const definitif = semua.filter((s: any) => s.penugasan?.jenis === 'UTAMA');
    expect(definitif.map((s: any) => s.status)).toEqual(['DISETUJUI']);
    const s = definitif[0];
    const rhk = await t.strapi.db.query('plugin::kinerja.rhk').findMany({
      where: { skp: { id: s.id } },
      populate: {
        rhk_atasan: {
          select: ['id'],
          populate: { skp: { select: ['id'], populate: { pegawai: { select: ['id'] } } } },
        },
      },
    });
    expect(rhk.length).toBeGreaterThanOrEqual(2);
    expect(rhk.length).toBeLessThanOrEqual(4);
    if (s.jenis !== 'JPT') {
      const utama = rhk.filter((r: any) => r.jenis === 'UTAMA');
      expect(utama.length).toBeGreaterThanOrEqual(1);
      expect(s.penilai_pegawai).toBeTruthy();
      for (const r of utama)
        expect({ rhk: r.uraian, atasanMilik: r.rhk_atasan?.skp?.pegawai?.id ?? null }).toEqual({
          rhk: r.uraian,
          atasanMilik: s.penilai_pegawai.id,
        });
    }
  },
);

test('Kabid Statistik, Plt Kabid Persandian, also holds an approved Plt SKP', async () => {
  const plt = (await skpDari(NIP.kabidStatistik)).filter((s: any) => s.penugasan?.jenis === 'PLT');
  expect(plt.map((s: any) => s.status)).toEqual(['DISETUJUI']);
});
