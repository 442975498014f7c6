'use strict';
/**
 * Mock of the city's SIMPEG (records shaped like BKN SIASN `data-utama`, integrations.md): `GET /pegawai`
 * (paged, filter `kode_opd`) and `GET /pegawai/{nip}` (404 when unknown), serving the demo city (kota.js).
 *
 * Data switches (`skenario`): `ubahPegawai(nip, perubahan)` (any field, a wrong type included),
 * `tambahPegawai(record)` (a pegawai M-SKP does not know), `pindahkanPegawai(nip, {kodeOpd, jabatanId, ...})`
 * (a new UTAMA post from a date, the old one ended the day before).
 */
const { buatServerMock } = require('./dasar');

const PER_HALAMAN_MAKS = 1000;

function buatMockSimpeg(data, { token = null } = {}) {
  let pegawai; // nip → record (a copy)

  function daftar(query) {
    const page = query.page == null ? 1 : Number(query.page);
    const perPage = query.per_page == null ? 100 : Number(query.per_page);
    if (!Number.isInteger(page) || page < 1) return { status: 400, body: { message: 'page harus bilangan bulat ≥ 1' } };
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > PER_HALAMAN_MAKS)
      return { status: 400, body: { message: `per_page harus 1–${PER_HALAMAN_MAKS}` } };
    const semua = [...pegawai.values()].filter((p) => !query.kode_opd || p.kodeOpd === query.kode_opd);
    return {
      status: 200,
      body: {
        data: semua.slice((page - 1) * perPage, page * perPage),
        meta: { page, per_page: perPage, total: semua.length },
      },
    };
  }

  const mock = buatServerMock({
    nama: 'SIMPEG',
    token,
    tangani: ({ metode, jalur, query }) => {
      if (metode === 'GET' && jalur === '/pegawai') return daftar(query);
      const m = /^\/pegawai\/([^/]+)$/.exec(jalur);
      if (metode === 'GET' && m) {
        const p = pegawai.get(decodeURIComponent(m[1]));
        return p ? { status: 200, body: p } : { status: 404, body: { message: 'Pegawai tidak ditemukan' } };
      }
      return { status: 404, body: { message: 'Not Found' } };
    },
    pulihkan: () => {
      pegawai = new Map([...data.simpeg].map(([nip, p]) => [nip, structuredClone(p)]));
    },
    skenario: (b) => {
      if (b.jenis === 'UBAH_PEGAWAI') return mock.ubahPegawai(b.nip, b.perubahan ?? {});
      if (b.jenis === 'PEGAWAI_BARU') return mock.tambahPegawai(b.record);
      if (b.jenis === 'PINDAH_PEGAWAI') return mock.pindahkanPegawai(b.nip, b.tujuan ?? {});
      throw new Error(`Skenario SIMPEG tidak dikenal: ${b.jenis}`);
    },
  });

  const ambil = (nip) => {
    const p = pegawai.get(nip);
    if (!p) throw new Error(`Pegawai ${nip} tidak ada`);
    return p;
  };
  mock.ubahPegawai = (nip, perubahan) => Object.assign(ambil(nip), perubahan);
  mock.tambahPegawai = (record) => {
    if (!record || !record.nipBaru) throw new Error('record.nipBaru wajib');
    pegawai.set(record.nipBaru, structuredClone(record));
    return record;
  };
  /** Moves `nip` to `tujuan` {kodeOpd, jabatanId, jabatanNama, unorNama, eselonId, tmtMulai}. */
  mock.pindahkanPegawai = (nip, tujuan) => {
    const p = ambil(nip);
    const tmt = tujuan.tmtMulai ?? `${data.tahun}-07-01`;
    const kemarin = new Date(Date.parse(tmt) - 86_400_000).toISOString().slice(0, 10);
    for (const x of p.penugasan) if (x.jenis === 'UTAMA' && x.tmtAkhir == null) x.tmtAkhir = kemarin;
    p.penugasan.push({ jabatanId: tujuan.jabatanId, jenis: 'UTAMA', tmtMulai: tmt, tmtAkhir: null });
    Object.assign(p, {
      kodeOpd: tujuan.kodeOpd ?? p.kodeOpd,
      unorId: tujuan.jabatanId ?? p.unorId,
      unorNama: tujuan.unorNama ?? p.unorNama,
      jabatanNama: tujuan.jabatanNama ?? p.jabatanNama,
      eselonId: tujuan.eselonId === undefined ? p.eselonId : tujuan.eselonId,
    });
    return p;
  };
  mock.record = (nip) => pegawai.get(nip);
  return mock;
}

module.exports = { buatMockSimpeg };
