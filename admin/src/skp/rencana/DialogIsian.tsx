import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { PilihanNative } from '../../common/PilihanNative';

/** A form's fields in one state: `ubah('uraian')` is the change handler of that field. */
export const useIsian = <T extends object>(awal: () => T) => {
  const [isian, setIsian] = useState<T>(awal);
  const ubah =
    <K extends keyof T>(kunci: K) =>
    (nilai: T[K]) =>
      setIsian((lama) => ({ ...lama, [kunci]: nilai }));
  return [isian, ubah] as const;
};

/**
 * The frame the RHK and IKI dialogs share: the title (`mskp.skp.<awalan>_tambah` / `_ubah`), the fields, Cancel
 * and Save (off while `periksa` finds something missing or a call runs; sends `periksa.input`). Test ids
 * `<awalan>-dialog` and `<awalan>-simpan`.
 */
export const DialogIsian = <I,>({
  awalan,
  baru,
  periksa,
  sibuk,
  onClose,
  onSimpan,
  children,
}: {
  awalan: 'rhk' | 'iki';
  baru: boolean;
  periksa: { kurang: boolean; input: I };
  sibuk: boolean;
  onClose: () => void;
  onSimpan: (input: I) => void;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid={`${awalan}-dialog`}>
      <DialogTitle>{translate(`mskp.skp.${awalan}_${baru ? 'tambah' : 'ubah'}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={periksa.kurang || sibuk}
          data-testid={`${awalan}-simpan`}
          onClick={() => onSimpan(periksa.input)}
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** A full-width select of fixed codes, each labelled by the message `<awalanNama><kode>` (the prefix ends with a dot). */
export const PilihKode = <T extends string>({
  label,
  kode,
  awalanNama,
  value,
  onChange,
  testId,
  kosong,
  required,
}: {
  label: string;
  kode: readonly T[];
  awalanNama: string;
  value: string;
  onChange: (value: T) => void;
  testId: string;
  kosong?: string;
  required?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <PilihanNative<T>
      fullWidth
      labelMengecil
      label={translate(label)}
      value={value}
      onChange={onChange}
      pilihan={kode.map((id) => ({ id, name: translate(`${awalanNama}${id}`) }))}
      testId={testId}
      kosong={kosong}
      required={required}
    />
  );
};

/** A mandatory text field of a plan dialog (`maxLength` characters at most). */
export const IsianTeks = ({
  label,
  value,
  onChange,
  testId,
  maxLength,
  multiline,
  minRows,
  helperText,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  maxLength: number;
  multiline?: boolean;
  minRows?: number;
  helperText?: string;
}) => {
  const translate = useTranslate();
  return (
    <TextField
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      multiline={multiline}
      minRows={minRows}
      helperText={helperText ? translate(helperText) : undefined}
      fullWidth
      required
      slotProps={{ htmlInput: { 'data-testid': testId, maxLength } }}
    />
  );
};
