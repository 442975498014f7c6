import type { RencanaAksiPegawai, SasaranKinerjaPegawai, SasaranPohonKinerjaPegawai } from '../skema-ekak';
import type { DataEkak, IkiEkak, InovasiRhk, JenisRhk, RenaksiEkak, RhkEkak, TargetBulan } from './jenis';

/** eKAK's answers for one pegawai and year, as the client returns them (already checked by the schemas). */
export interface JawabanEkakPegawai {
  nip: string;
  /** sasaran_pohon_kinerja_pegawai (with the RHK atasan) or sasaran_kinerja_pegawai; null: eKAK has none */
  sasaran: SasaranPohonKinerjaPegawai | SasaranKinerjaPegawai | null;
  /** rencana_aksi_pegawai per id_sasaran; null or absent: "Renaksi Tidak Ditemukan" */
  rencanaAksi: Record<string, RencanaAksiPegawai | null | undefined>;
}

type SasaranMasuk = SasaranKinerjaPegawai['sasaran_asn'][number] & { id_sasaran_atasan?: string | null };
type TahapanMasuk = RencanaAksiPegawai['rencana_aksi'][number];

function inovasiDari(s: SasaranMasuk): InovasiRhk | null {
  if (!s.terdapat_inovasi) return null;
  return {
    judul: s.inovasi_sasaran,
    manfaat: s.hasil_inovasi_sasaran,
    tahap: s.jenis_inovasi_sasaran,
    deskripsi: s.gambaran_inovasi_sasaran,
  };
}

const jenisDari = (jenisStrategi: string | null): JenisRhk => (jenisStrategi === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA');

/** `aksis` → [{bulan, nilai}] ordered by month (one month named twice keeps its last target). */
export function targetDariAksis(aksis: TahapanMasuk['aksis']): TargetBulan[] {
  const perBulan = new Map<number, number>();
  for (const a of aksis) perBulan.set(a.bulan, a.target);
  return [...perBulan].sort(([a], [b]) => a - b).map(([bulan, nilai]) => ({ bulan, nilai }));
}

function renaksiDari(nip: string, idSasaran: string, t: TahapanMasuk, posisi: number): RenaksiEkak {
  const target = targetDariAksis(t.aksis);
  return {
    nip,
    ekak_sasaran_id: idSasaran,
    ekak_renaksi_id: t.id_renaksi,
    ekak_tahapan_id: t.id_tahapan,
    tahapan_rtp: t.sebagai_rtp ? t.tahapan_rtp : null,
    bulan_rtp: t.sebagai_rtp ? target.filter((x) => x.nilai !== 0).map((x) => x.bulan) : [],
    nilai: {
      uraian: t.tahapan_kerja,
      urutan: t.urutan ?? posisi,
      target,
      sebagai_rtp: t.sebagai_rtp,
      anggaran: t.anggaran_tahapan,
    },
  };
}

/**
 * eKAK's answers of the pulled pegawai → the RHK, IKI and renaksi M-SKP wants, in eKAK's order. The sasaran's
 * own flags win over the copies in rencana_aksi_pegawai. A pegawai with no sasaran is still listed in `nip`
 * (the planner reports him unknown or finds nothing to do).
 */
export function petakanEkak(tahun: number, jawaban: JawabanEkakPegawai[]): DataEkak {
  const data: DataEkak = { tahun, nip: [], rhk: [], iki: [], renaksi: [] };
  for (const j of jawaban) {
    data.nip.push(j.nip);
    for (const s of (j.sasaran?.sasaran_asn ?? []) as SasaranMasuk[]) {
      const rhk: RhkEkak = {
        nip: j.nip,
        ekak_sasaran_id: s.id_sasaran,
        ekak_indikator_id: s.indikator_sasaran[0]?.id_indikator ?? null,
        jenis: jenisDari(s.jenis_strategi),
        id_sasaran_atasan: 'id_sasaran_atasan' in s ? (s.id_sasaran_atasan ?? null) : undefined,
        nilai: {
          uraian: s.sasaran,
          is_sasaran_prioritas: s.is_sasaran_prioritas,
          terdapat_inovasi: s.terdapat_inovasi,
          inovasi: inovasiDari(s),
          is_perintah_walikota: s.is_perintah_walikota,
        },
      };
      data.rhk.push(rhk);
      s.indikator_sasaran.forEach((i, n) => {
        const iki: IkiEkak = {
          nip: j.nip,
          ekak_sasaran_id: s.id_sasaran,
          ekak_indikator_id: i.id_indikator,
          urutan: n + 1,
          nilai: { uraian: i.indikator, target_teks: i.target, satuan: i.satuan ?? '' },
        };
        data.iki.push(iki);
      });
      const ra = j.rencanaAksi[s.id_sasaran];
      (ra?.rencana_aksi ?? []).forEach((t, n) => data.renaksi.push(renaksiDari(j.nip, s.id_sasaran, t, n + 1)));
    }
  }
  return data;
}
