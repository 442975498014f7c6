import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PilihanNative } from '../../common/PilihanNative';
import type { JenisRhk, Rhk, RhkAtasan, RhkInput, SkpDetail } from '../../dataProvider/types';
import { butuhRhkAtasan, pakaiPerspektif, PERSPEKTIF } from '../aturan';

export const RhkDialog = ({
  skp,
  rhk,
  atasan,
  onClose,
  onSimpan,
  sibuk,
}: {
  skp: SkpDetail;
  rhk: Rhk | null;
  atasan: RhkAtasan[];
  onClose: () => void;
  onSimpan: (input: RhkInput) => void;
  sibuk: boolean;
}) => {
  const translate = useTranslate();
  const [jenis, setJenis] = useState<JenisRhk>(rhk?.jenis ?? 'UTAMA');
  const [uraian, setUraian] = useState(rhk?.uraian ?? '');
  const [atasanId, setAtasanId] = useState(rhk?.rhk_atasan?.id ?? '');
  const [perspektif, setPerspektif] = useState<string>(rhk?.perspektif ?? '');
  const perluAtasan = butuhRhkAtasan(skp.jenis, jenis);
  const perluPerspektif = pakaiPerspektif(skp.jenis);
  const kurang = !uraian.trim() || (perluAtasan && !atasanId) || (perluPerspektif && jenis === 'UTAMA' && !perspektif);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="rhk-dialog">
      <DialogTitle>{translate(rhk ? 'mskp.skp.rhk_ubah' : 'mskp.skp.rhk_tambah')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <PilihanNative
            fullWidth
            labelMengecil
            label={translate('mskp.skp.rhk_jenis')}
            value={jenis}
            onChange={(value) => setJenis(value as JenisRhk)}
            pilihan={(['UTAMA', 'TAMBAHAN'] as const).map((id) => ({
              id,
              name: translate(`mskp.skp.jenis_rhk.${id}`),
            }))}
            testId="rhk-jenis"
          />
          <TextField
            label={translate('mskp.skp.rhk_uraian')}
            value={uraian}
            onChange={(event) => setUraian(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
            slotProps={{ htmlInput: { 'data-testid': 'rhk-uraian', maxLength: 2000 } }}
          />
          {perluAtasan ? (
            atasan.length === 0 ? (
              <Alert severity="warning" data-testid="rhk-atasan-kosong">
                {translate('mskp.skp.rhk_atasan_kosong')}
              </Alert>
            ) : (
              <PilihanNative
                fullWidth
                labelMengecil
                label={translate('mskp.skp.rhk_atasan')}
                value={atasanId}
                onChange={setAtasanId}
                pilihan={atasan.map((a) => ({
                  id: a.id,
                  name: `${a.skp.nama ?? ''} — ${a.uraian}`,
                }))}
                testId="rhk-atasan"
                kosong="—"
                required
              />
            )
          ) : null}
          {perluPerspektif ? (
            <PilihanNative
              fullWidth
              labelMengecil
              label={translate('mskp.skp.perspektif')}
              value={perspektif}
              onChange={setPerspektif}
              pilihan={PERSPEKTIF.map((id) => ({ id, name: translate(`mskp.skp.perspektif_pilihan.${id}`) }))}
              testId="rhk-perspektif"
              kosong="—"
              required={jenis === 'UTAMA'}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={kurang || sibuk}
          data-testid="rhk-simpan"
          onClick={() =>
            onSimpan({
              jenis,
              uraian: uraian.trim(),
              rhk_atasan_id: perluAtasan ? atasanId : null,
              perspektif: perluPerspektif && perspektif ? (perspektif as RhkInput['perspektif']) : null,
            })
          }
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
