import type { DataEkak, LokalTarik } from '../jenis';
import { rencanaTarik } from '../rencana';
import { terapkanRencana } from '../terapkan';
import { data, iki, ikiEkak, lokal, renaksi, renaksiEkak, rhk, rhkEkak, skp } from './contoh';

/** Plan, apply, plan again: the properties every pull keeps. */
function putaran(d: DataEkak, l: LokalTarik, opsi = {}) {
  const r1 = rencanaTarik(d, l, opsi);
  const h1 = terapkanRencana(l, r1);
  const r2 = rencanaTarik(d, h1.lokal, opsi);
  const h2 = terapkanRencana(h1.lokal, r2);
  return { r1, h1, r2, h2 };
}

const berubah = data({
  rhk: [
    rhkEkak({}, { uraian: 'Baru' }),
    rhkEkak({ ekak_sasaran_id: '20', ekak_indikator_id: '50' }, { uraian: 'Sasaran baru' }),
  ],
  iki: [ikiEkak({}, { target_teks: '95' }), ikiEkak({ ekak_sasaran_id: '20', ekak_indikator_id: '50' })],
  renaksi: [
    renaksiEkak({}, { sebagai_rtp: true }),
    renaksiEkak({ ekak_sasaran_id: '20', ekak_renaksi_id: '9', ekak_tahapan_id: '90' }),
  ],
});

describe('terapkanRencana', () => {
  it('creates and updates what the plan says, RHK first, then IKI, then renaksi', () => {
    const { r1, h1 } = putaran(berubah, lokal(), { tanpaJejak: 'UBAH' });
    expect(r1.jumlah).toEqual({ buat: 3, ubah: 3, tetap: 0, konflik: 0 });
    expect(h1.tulisan.map((t) => [t.jenis, t.aksi, t.id])).toEqual([
      ['RHK', 'UBAH', 'rhk-1'],
      ['RHK', 'BUAT', 'baru:sasaran:20'],
      ['IKI', 'UBAH', 'iki-1'],
      ['IKI', 'BUAT', 'baru:indikator:50'],
      ['RENAKSI', 'UBAH', 'ra-1'],
      ['RENAKSI', 'BUAT', 'baru:renaksi:9'],
    ]);
    expect(h1.tulisan[0].data).toMatchObject({ uraian: 'Baru' });
    expect(h1.lokal.rhk.find((x) => x.id === 'rhk-1')!.uraian).toBe('Baru');
    expect(h1.lokal.iki.find((x) => x.id === 'baru:indikator:50')).toMatchObject({
      rhk: 'baru:sasaran:20',
      disembunyikan: false,
    });
    expect(h1.lokal.renaksi.find((x) => x.id === 'ra-1')!.sebagai_rtp).toBe(true);
  });

  it('idempotent: planning the applied data again is all TETAP, and its apply writes nothing', () => {
    const { r1, r2, h1, h2 } = putaran(berubah, lokal(), { tanpaJejak: 'UBAH' });
    expect(r2.jumlah).toEqual({ buat: 0, ubah: 0, tetap: r1.butir.length, konflik: 0 });
    expect(h2.tulisan).toEqual([]);
    expect(h2.lokal).toEqual(h1.lokal);
  });

  it('a conflict writes nothing and stays a conflict; the rest of the plan is applied', () => {
    const l = lokal({ iki: [iki({ target_teks: '70', ekak_tarik: { nilai: { ...ikiEkak().nilai } } })] });
    const { r1, h1, r2 } = putaran(
      data({ iki: [ikiEkak({}, { target_teks: '95' })], renaksi: [renaksiEkak({}, { urutan: 2 })] }),
      l,
    );
    expect(r1.butir.map((b) => [b.kunci, b.aksi])).toEqual([
      ['sasaran:12', 'TETAP'],
      ['indikator:40', 'KONFLIK'],
      ['renaksi:7', 'KONFLIK'], // never pulled, different: M-SKP's value is kept (tanpaJejak KONFLIK)
    ]);
    expect(h1.lokal.iki[0].target_teks).toBe('70');
    expect(h1.tulisan.map((t) => t.id)).toEqual(['rhk-1']); // the RHK's pulled values recorded
    expect(r2.jumlah).toEqual({ buat: 0, ubah: 0, tetap: 1, konflik: 2 });
  });

  it("an admin who kept M-SKP's value (dipertahankan) is not asked again until eKAK changes it", () => {
    const tahan = { nilai: { ...ikiEkak().nilai, target_teks: '95' }, dipertahankan: { target_teks: '95' } };
    const l = lokal({ iki: [iki({ target_teks: '70', ekak_tarik: tahan })] });
    expect(rencanaTarik(data({ iki: [ikiEkak({}, { target_teks: '95' })] }), l).jumlah.konflik).toBe(0);
    expect(rencanaTarik(data({ iki: [ikiEkak({}, { target_teks: '96' })] }), l).jumlah.konflik).toBe(1);
  });

  it('an approved SKP: the changed RHK is reopened as a proposal (status_revisi DIAJUKAN), listed for the service', () => {
    const l = lokal({ skp: [skp({ status: 'DISETUJUI' })] });
    const { r1, h1, r2 } = putaran(data({ renaksi: [renaksiEkak({}, { target: [{ bulan: 12, nilai: 100 }] })] }), l, {
      tanpaJejak: 'UBAH',
    });
    expect(r1.usulan_revisi).toEqual(['rhk-1']);
    expect(h1.usulan_revisi).toEqual(['rhk-1']);
    expect(h1.tulisan.find((t) => t.jenis === 'RHK')!.data).toMatchObject({ status_revisi: 'DIAJUKAN' });
    expect(h1.lokal.rhk[0].status_revisi).toBe('DIAJUKAN');
    expect(r2.usulan_revisi).toEqual([]);
    expect(r2.jumlah.ubah).toBe(0);
  });

  it('the reopening is its own write when the RHK has nothing else to write', () => {
    const l = lokal({
      skp: [skp({ status: 'DISETUJUI' })],
      rhk: [rhk({ ekak_tarik: { nilai: { ...rhkEkak().nilai, rhk_atasan: null } } })],
    });
    const h = terapkanRencana(
      l,
      rencanaTarik(data({ iki: [ikiEkak({}, { satuan: 'aplikasi' })] }), l, { tanpaJejak: 'UBAH' }),
    );
    expect(h.tulisan[0]).toEqual({ jenis: 'RHK', aksi: 'UBAH', id: 'rhk-1', data: { status_revisi: 'DIAJUKAN' } });
  });

  it('refuses a plan naming a record that is not there (a plan of other data)', () => {
    const r = rencanaTarik(data({ rhk: [rhkEkak({}, { uraian: 'Baru' })] }), lokal(), { tanpaJejak: 'UBAH' });
    expect(() => terapkanRencana(lokal({ rhk: [] }), r)).toThrow(
      'Rencana tarik eKAK menyebut RHK rhk-1 yang tidak ada di data lokal.',
    );
  });

  it('leaves M-SKP records eKAK does not name alone', () => {
    const l = lokal({
      renaksi: [renaksi(), renaksi({ id: 'lokal', ekak_renaksi_id: null, uraian: 'Hanya di M-SKP', urutan: 2 })],
    });
    const { h1 } = putaran(data(), l);
    expect(h1.lokal.renaksi.find((x) => x.id === 'lokal')).toEqual(l.renaksi[1]);
  });
});
