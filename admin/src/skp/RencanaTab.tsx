import { Box, Button, FormControlLabel, Switch, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMskpDataProvider } from '../dataProvider';
import type { JenisRhk, RhkAtasan, SkpDetail } from '../dataProvider/types';
import { skpBolehDiubah, type Kedudukan } from './aturan';
import { KeputusanDialog } from './komponen';
import { useAksi } from './kueri';
import { IkiDialog } from './rencana/IkiDialog';
import { KartuRhk, type DialogRencana } from './rencana/KartuRhk';
import { RhkDialog } from './rencana/RhkDialog';

/** RHK (UTAMA, then TAMBAHAN) with their IKI; add/edit/delete while editable; per-RHK revision. */
export const RencanaTab = ({ skp, saya, atasan }: { skp: SkpDetail; saya: Kedudukan; atasan: RhkAtasan[] }) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const [dialog, setDialog] = useState<DialogRencana>(null);
  const tutup = () => setDialog(null);
  const { sibuk, jalankan } = useAksi(skp.id);
  const selesai = (ok: boolean) => ok && tutup();
  const bisaTambah = saya.pemilik && skpBolehDiubah(skp.status);

  const [tampilkanDuplikat, setTampilkanDuplikat] = useState(false);
  const semuaIki = skp.rhk.flatMap((rhk) => rhk.iki);
  const jumlahTersembunyi = semuaIki.filter((iki) => iki.disembunyikan).length;
  const uraianIki = new Map(semuaIki.map((iki) => [iki.id, iki.uraian]));

  const hapus = (kerja: () => Promise<unknown>) => {
    if (window.confirm(translate('mskp.skp.konfirmasi_hapus'))) void jalankan(kerja, 'mskp.skp.terhapus');
  };

  const bagian = (jenis: JenisRhk, judul: string) => {
    const daftar = skp.rhk.filter((rhk) => rhk.jenis === jenis);
    return (
      <Box sx={{ mb: 3 }} data-testid={`rhk-${jenis.toLowerCase()}`}>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate(judul)}
        </Typography>
        {daftar.length === 0 ? (
          <EmptyNote>{translate('mskp.skp.rhk_kosong')}</EmptyNote>
        ) : (
          daftar.map((rhk, i) => (
            <KartuRhk
              key={rhk.id}
              skp={skp}
              saya={saya}
              rhk={rhk}
              nomor={i + 1}
              sibuk={sibuk}
              jalankan={jalankan}
              tampilkanDuplikat={tampilkanDuplikat}
              uraianIki={uraianIki}
              bukaDialog={setDialog}
              hapus={hapus}
            />
          ))
        )}
      </Box>
    );
  };

  return (
    <Box>
      {bisaTambah || jumlahTersembunyi > 0 ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
          {jumlahTersembunyi > 0 ? (
            <FormControlLabel
              control={
                <Switch
                  checked={tampilkanDuplikat}
                  onChange={(event) => setTampilkanDuplikat(event.target.checked)}
                  slotProps={{ input: { 'data-testid': 'toggle-duplikat-input' } as object }}
                />
              }
              data-testid="toggle-duplikat"
              label={translate('mskp.skp.duplikat.tampilkan', { n: jumlahTersembunyi })}
            />
          ) : null}
          <Box sx={{ flex: 1 }} />
          {bisaTambah ? (
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              data-testid="rhk-tambah"
              onClick={() => setDialog({ jenis: 'rhk', rhk: null })}
            >
              {translate('mskp.skp.rhk_tambah')}
            </Button>
          ) : null}
        </Box>
      ) : null}
      {bagian('UTAMA', 'mskp.skp.rhk_utama')}
      {bagian('TAMBAHAN', 'mskp.skp.rhk_tambahan')}

      {dialog?.jenis === 'rhk' ? (
        <RhkDialog
          skp={skp}
          rhk={dialog.rhk}
          atasan={atasan}
          sibuk={sibuk}
          onClose={tutup}
          onSimpan={(input) => {
            const rhk = dialog.rhk;
            void jalankan(
              () => (rhk ? dataProvider.ubahRhk(rhk.id, input) : dataProvider.tambahRhk(skp.id, input)),
              'mskp.skp.tersimpan',
            ).then(selesai);
          }}
        />
      ) : null}
      {dialog?.jenis === 'iki' ? (
        <IkiDialog
          skp={skp}
          iki={dialog.iki}
          sibuk={sibuk}
          onClose={tutup}
          onSimpan={(input) => {
            const { rhk, iki } = dialog;
            void jalankan(
              () => (iki ? dataProvider.ubahIki(iki.id, input) : dataProvider.tambahIki(rhk.id, input)),
              'mskp.skp.tersimpan',
            ).then(selesai);
          }}
        />
      ) : null}
      {dialog?.jenis === 'tolak-rhk' || dialog?.jenis === 'setujui-rhk' ? (
        <KeputusanDialog
          open
          judul={dialog.jenis === 'tolak-rhk' ? 'mskp.skp.revisi_tolak' : 'mskp.skp.revisi_setujui'}
          petunjuk={dialog.jenis === 'tolak-rhk' ? 'mskp.skp.tolak_petunjuk' : 'mskp.skp.setujui_petunjuk'}
          wajibCatatan={dialog.jenis === 'tolak-rhk'}
          sebagaiAdmin={saya.sebagaiAdmin}
          sibuk={sibuk}
          testId={dialog.jenis === 'tolak-rhk' ? 'rhk-tolak-dialog' : 'rhk-setujui-dialog'}
          onClose={tutup}
          onKirim={(input) => {
            const rhk = dialog.rhk;
            void jalankan(
              () =>
                dialog.jenis === 'tolak-rhk'
                  ? dataProvider.tolakRhk(rhk.id, input)
                  : dataProvider.setujuiRhk(rhk.id, input),
              dialog.jenis === 'tolak-rhk' ? 'mskp.skp.revisi_ditolak' : 'mskp.skp.revisi_disetujui',
            ).then(selesai);
          }}
        />
      ) : null}
    </Box>
  );
};
