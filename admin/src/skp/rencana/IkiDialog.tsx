import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PilihanNative } from '../../common/PilihanNative';
import type { Iki, IkiInput, SkpDetail } from '../../dataProvider/types';
import { ASPEK, pakaiAspek, POLARITAS, SIFAT_TARGET } from '../aturan';

export const IkiDialog = ({
  skp,
  iki,
  onClose,
  onSimpan,
  sibuk,
}: {
  skp: SkpDetail;
  iki: Iki | null;
  onClose: () => void;
  onSimpan: (input: IkiInput) => void;
  sibuk: boolean;
}) => {
  const translate = useTranslate();
  const [uraian, setUraian] = useState(iki?.uraian ?? '');
  const [aspek, setAspek] = useState<string>(iki?.aspek ?? 'KUANTITAS');
  const [target, setTarget] = useState(iki?.target ?? '');
  const [satuan, setSatuan] = useState(iki?.satuan ?? '');
  const [polaritas, setPolaritas] = useState<string>(iki?.polaritas ?? 'NAIK');
  const [sifat, setSifat] = useState<string>(iki?.sifat_target ?? 'NON_KUMULATIF');
  const kurang = !uraian.trim() || !String(target).trim() || !satuan.trim();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="iki-dialog">
      <DialogTitle>{translate(iki ? 'mskp.skp.iki_ubah' : 'mskp.skp.iki_tambah')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={translate('mskp.skp.iki_uraian')}
            value={uraian}
            onChange={(event) => setUraian(event.target.value)}
            multiline
            fullWidth
            required
            slotProps={{ htmlInput: { 'data-testid': 'iki-uraian', maxLength: 2000 } }}
          />
          {pakaiAspek(skp.jenis) ? (
            <PilihanNative
              fullWidth
              labelMengecil
              label={translate('mskp.skp.aspek')}
              value={aspek}
              onChange={setAspek}
              pilihan={ASPEK.map((id) => ({ id, name: translate(`mskp.skp.aspek_pilihan.${id}`) }))}
              testId="iki-aspek"
            />
          ) : null}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label={translate('mskp.skp.target')}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              helperText={translate('mskp.skp.target_petunjuk')}
              required
              fullWidth
              slotProps={{ htmlInput: { 'data-testid': 'iki-target', maxLength: 40 } }}
            />
            <TextField
              label={translate('mskp.skp.satuan')}
              value={satuan}
              onChange={(event) => setSatuan(event.target.value)}
              required
              fullWidth
              slotProps={{ htmlInput: { 'data-testid': 'iki-satuan', maxLength: 60 } }}
            />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <PilihanNative
              fullWidth
              labelMengecil
              label={translate('mskp.skp.polaritas')}
              value={polaritas}
              onChange={setPolaritas}
              pilihan={POLARITAS.map((id) => ({ id, name: translate(`mskp.skp.polaritas_pilihan.${id}`) }))}
              testId="iki-polaritas"
            />
            <PilihanNative
              fullWidth
              labelMengecil
              label={translate('mskp.skp.sifat_target')}
              value={sifat}
              onChange={setSifat}
              pilihan={SIFAT_TARGET.map((id) => ({ id, name: translate(`mskp.skp.sifat_pilihan.${id}`) }))}
              testId="iki-sifat"
            />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={kurang || sibuk}
          data-testid="iki-simpan"
          onClick={() =>
            onSimpan({
              uraian: uraian.trim(),
              ...(pakaiAspek(skp.jenis) ? { aspek: aspek as IkiInput['aspek'] } : {}),
              target: String(target).trim(),
              satuan: satuan.trim(),
              polaritas: polaritas as IkiInput['polaritas'],
              sifat_target: sifat as IkiInput['sifat_target'],
            })
          }
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
