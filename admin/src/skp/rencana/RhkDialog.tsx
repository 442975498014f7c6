import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PilihanNative } from '../../common/PilihanNative';
import type { Rhk, RhkAtasan, RhkInput, SkpDetail } from '../../dataProvider/types';
import { PERSPEKTIF } from '../aturan';
import { DialogIsian, IsianTeks, PilihKode, useIsian } from './DialogIsian';
import { awalRhk, periksaRhk } from './isian';

const JENIS_RHK = ['UTAMA', 'TAMBAHAN'] as const;

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
  const [isian, ubah] = useIsian(() => awalRhk(rhk));
  const periksa = periksaRhk(skp.jenis, isian);
  const { perluAtasan, perluPerspektif } = periksa;
  return (
    <DialogIsian awalan="rhk" baru={!rhk} periksa={periksa} sibuk={sibuk} onClose={onClose} onSimpan={onSimpan}>
      <PilihKode
        label="mskp.skp.rhk_jenis"
        kode={JENIS_RHK}
        awalanNama="mskp.skp.jenis_rhk."
        value={isian.jenis}
        onChange={ubah('jenis')}
        testId="rhk-jenis"
      />
      <IsianTeks
        label="mskp.skp.rhk_uraian"
        value={isian.uraian}
        onChange={ubah('uraian')}
        multiline
        minRows={2}
        testId="rhk-uraian"
        maxLength={2000}
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
            value={isian.atasanId}
            onChange={ubah('atasanId')}
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
        <PilihKode
          label="mskp.skp.perspektif"
          kode={PERSPEKTIF}
          awalanNama="mskp.skp.perspektif_pilihan."
          value={isian.perspektif}
          onChange={ubah('perspektif')}
          testId="rhk-perspektif"
          kosong="—"
          required={isian.jenis === 'UTAMA'}
        />
      ) : null}
    </DialogIsian>
  );
};
