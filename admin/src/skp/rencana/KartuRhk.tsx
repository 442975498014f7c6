import { Alert, Box, Button, Card, CardContent, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../../dataProvider';
import type { Iki, Rhk, SkpDetail } from '../../dataProvider/types';
import { pakaiPerspektif, rhkBolehDiubah, skpBolehDiubah, type Kedudukan } from '../aturan';
import { PerubahanRevisi } from './PerubahanRevisi';
import { TabelIki } from './TabelIki';

export type DialogRencana =
  | { jenis: 'rhk'; rhk: Rhk | null }
  | { jenis: 'iki'; rhk: Rhk; iki: Iki | null }
  | { jenis: 'tolak-rhk'; rhk: Rhk }
  | { jenis: 'setujui-rhk'; rhk: Rhk }
  | null;

/** One RHK: its text, revision state and buttons by standing, then its IKI table. */
export const KartuRhk = ({
  skp,
  saya,
  rhk,
  nomor,
  sibuk,
  jalankan,
  tampilkanDuplikat,
  uraianIki,
  bukaDialog,
  hapus,
}: {
  skp: SkpDetail;
  rhk: Rhk;
  bukaDialog: (dialog: DialogRencana) => void;
  hapus: (kerja: () => Promise<unknown>) => void;
  saya: Kedudukan;
  nomor: number;
  sibuk: boolean;
  jalankan: (kerja: () => Promise<unknown>, pesan: string) => Promise<boolean>;
  tampilkanDuplikat: boolean;
  uraianIki: Map<string, string>;
}) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const jpt = pakaiPerspektif(skp.jenis);
  const bolehUbah = saya.pemilik && rhkBolehDiubah(skp.status, rhk.status_revisi);
  return (
    <Card variant="outlined" data-testid="rhk-item" data-rhk-id={rhk.id} sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, minWidth: 28 }}>
            {nomor}.
          </Typography>
          <Box sx={{ flex: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="rhk-uraian-teks">
              {rhk.uraian}
            </Typography>
            {rhk.rhk_atasan ? (
              <Typography variant="body2" color="text.secondary">
                {translate('mskp.skp.rhk_atasan')}: {rhk.rhk_atasan.uraian}
              </Typography>
            ) : null}
            {jpt && rhk.perspektif ? (
              <Chip
                size="small"
                variant="outlined"
                sx={{ mt: 0.5 }}
                label={`${translate('mskp.skp.perspektif')}: ${translate(`mskp.skp.perspektif_pilihan.${rhk.perspektif}`)}`}
              />
            ) : null}
            {rhk.status_revisi ? (
              <Chip
                size="small"
                color="warning"
                sx={{ mt: 0.5, ml: jpt ? 1 : 0 }}
                data-testid="rhk-status-revisi"
                label={translate('mskp.skp.revisi_status', {
                  status: translate(`mskp.skp.status.${rhk.status_revisi}`),
                })}
              />
            ) : null}
            {rhk.catatan_penolakan && rhk.status_revisi === 'DRAFT' ? (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="rhk-catatan-penolakan">
                {rhk.catatan_penolakan}
              </Alert>
            ) : null}
            {rhk.perubahan?.length ? (
              <PerubahanRevisi
                perubahan={rhk.perubahan}
                sibuk={sibuk}
                pulihkan={
                  bolehUbah
                    ? (renaksiId) =>
                        void jalankan(() => dataProvider.pulihkanRenaksi(renaksiId), 'mskp.skp.perubahan_dipulihkan')
                    : undefined
                }
              />
            ) : null}
          </Box>
          <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0, alignItems: 'center' }}>
            {bolehUbah ? (
              <>
                <Tooltip title={translate('mskp.skp.rhk_ubah')}>
                  <IconButton size="small" data-testid="rhk-ubah" onClick={() => bukaDialog({ jenis: 'rhk', rhk })}>
                    <EditIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                {skpBolehDiubah(skp.status) ? (
                  <Tooltip title={translate('mskp.skp.rhk_hapus')}>
                    <IconButton
                      size="small"
                      data-testid="rhk-hapus"
                      onClick={() => hapus(() => dataProvider.hapusRhk(rhk.id))}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                ) : null}
              </>
            ) : null}
            {saya.pemilik && skp.status === 'DISETUJUI' && rhk.status_revisi == null ? (
              <Button
                size="small"
                data-testid="rhk-revisi"
                disabled={sibuk}
                onClick={() => void jalankan(() => dataProvider.revisiRhk(rhk.id), 'mskp.skp.revisi_dibuka')}
              >
                {translate('mskp.skp.revisi')}
              </Button>
            ) : null}
            {saya.pemilik && skp.status === 'DISETUJUI' && rhk.status_revisi === 'DRAFT' ? (
              <Button
                size="small"
                variant="contained"
                data-testid="rhk-ajukan"
                disabled={sibuk}
                onClick={() => void jalankan(() => dataProvider.ajukanRhk(rhk.id), 'mskp.skp.revisi_diajukan')}
              >
                {translate('mskp.skp.revisi_ajukan')}
              </Button>
            ) : null}
            {saya.pemutus && skp.status === 'DISETUJUI' && rhk.status_revisi === 'DIAJUKAN' ? (
              <>
                <Button
                  size="small"
                  color="error"
                  data-testid="rhk-tolak"
                  onClick={() => bukaDialog({ jenis: 'tolak-rhk', rhk })}
                >
                  {translate('mskp.skp.revisi_tolak')}
                </Button>
                <Button
                  size="small"
                  variant="contained"
                  color="success"
                  data-testid="rhk-setujui"
                  onClick={() => bukaDialog({ jenis: 'setujui-rhk', rhk })}
                >
                  {translate('mskp.skp.revisi_setujui')}
                </Button>
              </>
            ) : null}
          </Stack>
        </Box>
        <TabelIki
          skp={skp}
          rhk={rhk}
          bolehUbah={bolehUbah}
          tampilkanDuplikat={tampilkanDuplikat}
          uraianIki={uraianIki}
          bukaDialog={bukaDialog}
          hapus={hapus}
        />
      </CardContent>
    </Card>
  );
};
