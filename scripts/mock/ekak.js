'use strict';
/**
 * Mock of the city's eKAK (`POST /api/skp/...`, `GET /api/skp/cek_perubahan`) in the wire shapes of
 * integrations.md, serving the demo city (kota.js). Parameters come as a form or as JSON. Where eKAK's answer
 * for "nothing there" is not documented (a NIP without sasaran), the mock answers 404 with a message, as it
 * does for rencana aksi (`{message:"Renaksi Tidak Ditemukan"}`, documented).
 *
 * Data switches (`skenario`): `ubahSasaran(id_sasaran, perubahan)` changes a sasaran's fields and marks it
 * changed in cek_perubahan.
 */
const { buatServerMock } = require('./dasar');

const DIBUAT = (tahun) => `${tahun}-01-10T08:00:00.000+07:00`;
const BERUBAH = (tahun) => `${tahun}-06-01T09:00:00.000+07:00`;

function buatMockEkak(data, { token = null } = {}) {
  const { ekak } = data;
  let perNip; // nip → [{skp, jabatan, opd, sasaran}] (a copy: switches never touch the shared data)
  let berubah; // id_sasaran of the changed sasaran

  const semuaSasaran = () => [...perNip.values()].flatMap((d) => d.flatMap((x) => x.sasaran));
  const cariSasaran = (id) => semuaSasaran().find((s) => String(s.id_sasaran) === String(id));

  function kepala(nip, tahun) {
    const daftar = perNip.get(String(nip ?? ''));
    if (!daftar || String(tahun) !== String(ekak.tahun)) return null;
    const [utama] = daftar;
    return { daftar, utama };
  }

  function sasaranPegawai(body, pohon) {
    const k = kepala(body.nip, body.tahun);
    if (!k) return { status: 404, body: { message: 'Sasaran Tidak Ditemukan' } };
    const sasaran = k.daftar.flatMap((x) => x.sasaran);
    return {
      status: 200,
      body: {
        message: 'Berhasil',
        data: {
          nama_asn: k.utama.skp.pegawai_nama,
          nip: k.utama.skp.pegawai,
          tahun: String(ekak.tahun),
          kode_opd: k.utama.opd.kode_opd,
          opd: k.utama.opd.nama,
          jumlah_sasaran: sasaran.length,
          sasaran_asn: sasaran.map((s) => {
            const { rencana_aksi, id_sasaran_atasan, sasaran_atasan, ...inti } = s;
            return pohon
              ? { ...inti, id_sasaran_atasan, sasaran_atasan, jumlah_rencana_aksi: rencana_aksi.length }
              : inti;
          }),
        },
      },
    };
  }

  function rencanaAksi(body) {
    const k = kepala(body.nip, body.tahun);
    const pemilik = k?.daftar.find((x) => x.sasaran.some((s) => String(s.id_sasaran) === String(body.id_sasaran)));
    const s = pemilik?.sasaran.find((x) => String(x.id_sasaran) === String(body.id_sasaran));
    if (!s || !s.rencana_aksi.length) return { status: 404, body: { message: 'Renaksi Tidak Ditemukan' } };
    return {
      status: 200,
      body: {
        data: {
          status_rencana_aksi: pemilik.skp.status === 'DISETUJUI' ? 'DISETUJUI' : 'DIAJUKAN',
          eselon: pemilik.jabatan.eselon ?? 'NON ESELON',
          nama_asn: pemilik.skp.pegawai_nama,
          nip: pemilik.skp.pegawai,
          tahun: String(ekak.tahun),
          kode_opd: pemilik.opd.kode_opd,
          opd: pemilik.opd.nama,
          id_sasaran: s.id_sasaran,
          is_perintah_walikota: s.is_perintah_walikota,
          is_sasaran_prioritas: s.is_sasaran_prioritas,
          terdapat_inovasi: s.terdapat_inovasi,
          sasaran: s.sasaran,
          anggaran: s.rencana_aksi.reduce((n, r) => n + (r.anggaran_tahapan ?? 0), 0),
          rencana_aksi: s.rencana_aksi,
        },
      },
    };
  }

  function sasaranOpd(body) {
    const opd = data.opd.find((o) => o.kode_opd === body.kode_opd);
    if (!opd || String(body.tahun) !== String(ekak.tahun))
      return { status: 404, body: { message: 'Perangkat Daerah Tidak Ditemukan' } };
    const sasaran = ekak.sasaranOpdPerKode.get(opd.kode_opd) ?? [];
    const kepalaOpd = ekak.kepalaOpd.get(opd.kode_opd);
    return {
      status: 200,
      body: {
        tahun: String(ekak.tahun),
        kode_opd: opd.kode_opd,
        opd: opd.nama,
        kepala_opd: kepalaOpd ? kepalaOpd.nama : null,
        nip_kepala_opd: kepalaOpd ? kepalaOpd.nip : null,
        jumlah_sasaran_valid: sasaran.length,
        sasaran_opds: sasaran,
      },
    };
  }

  function cekPerubahan(query) {
    if (String(query.tahun) !== String(ekak.tahun)) return { status: 200, body: { tahun: query.tahun, data: [] } };
    const baris = semuaSasaran().flatMap((s) => {
      const ubah = berubah.has(String(s.id_sasaran));
      const satu = (id_indikator) => ({
        id_sasaran: s.id_sasaran,
        id_indikator,
        nip: s.nip_asn,
        ada_perubahan: ubah,
        dibuat: DIBUAT(ekak.tahun),
        update_terakhir: ubah ? BERUBAH(ekak.tahun) : DIBUAT(ekak.tahun),
      });
      return [satu(null), ...s.indikator_sasaran.map((i) => satu(i.id_indikator))];
    });
    return { status: 200, body: { tahun: String(ekak.tahun), data: baris } };
  }

  const RUTE = {
    'POST /api/skp/sasaran_kinerja_pegawai': ({ body }) => sasaranPegawai(body, false),
    'POST /api/skp/sasaran_pohon_kinerja_pegawai': ({ body }) => sasaranPegawai(body, true),
    'POST /api/skp/rencana_aksi_pegawai': ({ body }) => rencanaAksi(body),
    'POST /api/skp/sasaran_opd': ({ body }) => sasaranOpd(body),
    'GET /api/skp/cek_perubahan': ({ query }) => cekPerubahan(query),
  };

  const mock = buatServerMock({
    nama: 'eKAK',
    token,
    tangani: (p) => {
      const f = RUTE[`${p.metode} ${p.jalur}`];
      return f ? f(p) : { status: 404, body: { message: 'Not Found' } };
    },
    pulihkan: () => {
      perNip = new Map([...ekak.perNip].map(([nip, d]) => [nip, structuredClone(d)]));
      berubah = new Set();
    },
    skenario: (b) => {
      if (b.jenis === 'UBAH_SASARAN') return mock.ubahSasaran(b.id_sasaran, b.perubahan ?? {});
      throw new Error(`Skenario eKAK tidak dikenal: ${b.jenis}`);
    },
  });

  /** Changes sasaran `id`'s fields (any value, a wrong type included) and marks it changed. */
  mock.ubahSasaran = (id, perubahan) => {
    const s = cariSasaran(id);
    if (!s) throw new Error(`Sasaran ${id} tidak ada`);
    Object.assign(s, perubahan);
    berubah.add(String(s.id_sasaran));
    return s;
  };
  /** The first NIP with sasaran, and with rencana aksi (handy in tests). */
  mock.contoh = () => {
    const nip = [...perNip.keys()][0];
    const s = semuaSasaran().find((x) => x.rencana_aksi.length);
    return { nip, sasaran: s };
  };
  return mock;
}

module.exports = { buatMockEkak };
