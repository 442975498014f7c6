import { useTranslate } from 'react-admin';
import { DialogTeks } from '../common/dialog';
import type { DialogPemeriksaan as Dialog } from './usePemeriksaan';

/** The text dialog of a check (optional umpan balik) or of reopening entry (reason required). */
export const DialogPemeriksaan = ({
  dialog,
  periode,
  sibuk,
  galat,
  onClose,
  onKirim,
}: {
  dialog: Dialog;
  periode: { bulan: string; tahun: number };
  sibuk: boolean;
  galat: string | null;
  onClose: () => void;
  onKirim: (teks: string) => void;
}) => {
  const translate = useTranslate();
  const buka = dialog.jenis === 'buka';
  return (
    <DialogTeks
      open
      key={dialog.jenis}
      judul={
        dialog.jenis === 'buka'
          ? translate('mskp.renaksi.buka_judul', { nama: dialog.pegawai.nama, ...periode })
          : dialog.jenis === 'massal'
            ? translate('mskp.renaksi.periksa_massal_judul', { smart_count: dialog.ids.length })
            : translate('mskp.renaksi.periksa_judul')
      }
      petunjuk={
        dialog.jenis === 'buka'
          ? translate('mskp.renaksi.buka_petunjuk')
          : dialog.jenis === 'satu'
            ? `${dialog.baris.pegawai_nama ?? ''} — ${dialog.baris.rencana_aksi_uraian ?? ''}`
            : translate('mskp.renaksi.periksa_petunjuk')
      }
      label={translate(buka ? 'mskp.renaksi.alasan' : 'mskp.renaksi.umpan_balik')}
      wajib={buka}
      sibuk={sibuk}
      galat={galat}
      tombol={translate(buka ? 'mskp.renaksi.buka_input' : 'mskp.renaksi.tandai')}
      testId={buka ? 'dialog-buka-input' : 'dialog-periksa'}
      onClose={onClose}
      onKirim={onKirim}
    />
  );
};
