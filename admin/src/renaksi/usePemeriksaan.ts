import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGetList, useNotify } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import type { RealisasiBaris, RenaksiMethods } from '../dataProvider/renaksi';
import type { Pegawai } from '../dataProvider/types';
import { muatUlangRealisasi } from '../common/realisasi/kueri';

/** What the penilai is about to do: check one row, check the chosen rows, or reopen a pegawai's entry. */
export type DialogPemeriksaan =
  | { jenis: 'satu'; baris: RealisasiBaris }
  | { jenis: 'massal'; ids: string[] }
  | { jenis: 'buka'; pegawai: { nip: string; nama: string } };

type TulisPemeriksaan = Pick<RenaksiMethods, 'periksaRealisasi' | 'periksaRealisasiMassal' | 'bukaInputRealisasi'>;

/** The server call of a dialog with its text (umpan balik or reason) and the success message with its arguments. */
export const aksiPemeriksaan = (
  dataProvider: TulisPemeriksaan,
  dialog: DialogPemeriksaan,
  teks: string,
  periode: { tahun: number; bulan: number },
): { jalankan: () => Promise<unknown>; pesan: string; args?: Record<string, unknown> } => {
  if (dialog.jenis === 'satu')
    return { jalankan: () => dataProvider.periksaRealisasi(dialog.baris.id, teks), pesan: 'mskp.renaksi.diperiksa' };
  if (dialog.jenis === 'massal')
    return {
      jalankan: () => dataProvider.periksaRealisasiMassal(dialog.ids, teks),
      pesan: 'mskp.renaksi.diperiksa_massal',
      args: { smart_count: dialog.ids.length },
    };
  return {
    jalankan: () => dataProvider.bukaInputRealisasi({ nip: dialog.pegawai.nip, ...periode, alasan: teks }),
    pesan: 'mskp.renaksi.input_dibuka',
    args: { nama: dialog.pegawai.nama },
  };
};

/**
 * The data of `/pemeriksaan-realisasi`: the month's realisasi of the penilai's subordinates (scoped by
 * the server, own rows left out), the subordinates, and the write of a dialog, which reloads every view
 * of the realisasi before `onSelesai` closes the dialog.
 */
export const usePemeriksaan = ({
  nipSaya,
  tahun,
  bulan,
  status,
  pegawaiId,
  onSelesai,
}: {
  nipSaya?: string;
  tahun: number;
  bulan: number;
  status: string;
  pegawaiId: string;
  onSelesai: () => void;
}) => {
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const queryClient = useQueryClient();
  const filter: Record<string, unknown> = { tahun, bulan };
  if (status) filter.status = status;
  if (pegawaiId) filter.pegawai_id = pegawaiId;
  const daftar = useGetList<RealisasiBaris>(
    'realisasi',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'pegawai_nama', order: 'ASC' }, filter },
    { enabled: !!nipSaya },
  );
  const { data: pegawai = [] } = useGetList<Pegawai>(
    'pegawai',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'nama', order: 'ASC' }, filter: {} },
    { enabled: !!nipSaya },
  );
  const bawahan = useMemo(() => pegawai.filter((p) => p.nip !== nipSaya), [pegawai, nipSaya]);
  const baris = (daftar.data ?? []).filter((row) => row.pegawai_nip !== nipSaya);

  const kirim = useMutation({
    mutationFn: async ({ dialog, teks }: { dialog: DialogPemeriksaan; teks: string }) => {
      const aksi = aksiPemeriksaan(dataProvider, dialog, teks, { tahun, bulan });
      await aksi.jalankan();
      return aksi;
    },
    onSuccess: async ({ pesan, args }) => {
      notify(pesan, { type: 'success', messageArgs: args });
      onSelesai();
      await muatUlangRealisasi(queryClient);
    },
  });
  const galat = kirim.error ? kirim.error.message || 'ra.notification.http_error' : null;
  return { baris, bawahan, isPending: daftar.isPending, error: daftar.error, kirim, galat };
};
