import { Stack } from '@mui/material';
import type { Iki, IkiInput, SkpDetail } from '../../dataProvider/types';
import { ASPEK, POLARITAS, SIFAT_TARGET } from '../aturan';
import { DialogIsian, IsianTeks, PilihKode, useIsian } from './DialogIsian';
import { awalIki, periksaIki } from './isian';

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
  const [isian, ubah] = useIsian(() => awalIki(iki));
  const periksa = periksaIki(skp.jenis, isian);
  return (
    <DialogIsian awalan="iki" baru={!iki} periksa={periksa} sibuk={sibuk} onClose={onClose} onSimpan={onSimpan}>
      <IsianTeks
        label="mskp.skp.iki_uraian"
        value={isian.uraian}
        onChange={ubah('uraian')}
        multiline
        testId="iki-uraian"
        maxLength={2000}
      />
      {periksa.perluAspek ? (
        <PilihKode
          label="mskp.skp.aspek"
          kode={ASPEK}
          awalanNama="mskp.skp.aspek_pilihan."
          value={isian.aspek}
          onChange={ubah('aspek')}
          testId="iki-aspek"
        />
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <IsianTeks
          label="mskp.skp.target"
          value={isian.target}
          onChange={ubah('target')}
          helperText="mskp.skp.target_petunjuk"
          testId="iki-target"
          maxLength={40}
        />
        <IsianTeks
          label="mskp.skp.satuan"
          value={isian.satuan}
          onChange={ubah('satuan')}
          testId="iki-satuan"
          maxLength={60}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <PilihKode
          label="mskp.skp.polaritas"
          kode={POLARITAS}
          awalanNama="mskp.skp.polaritas_pilihan."
          value={isian.polaritas}
          onChange={ubah('polaritas')}
          testId="iki-polaritas"
        />
        <PilihKode
          label="mskp.skp.sifat_target"
          kode={SIFAT_TARGET}
          awalanNama="mskp.skp.sifat_pilihan."
          value={isian.sifat}
          onChange={ubah('sifat')}
          testId="iki-sifat"
        />
      </Stack>
    </DialogIsian>
  );
};
