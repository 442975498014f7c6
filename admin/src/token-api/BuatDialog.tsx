import KeyIcon from '@mui/icons-material/Key';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  DateInput,
  Form,
  ReferenceInput,
  SaveButton,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import type { TokenApiDenganRahasia } from '../dataProvider';
import { isianTokenApi, pilihanCakupan } from './aturan';
import { pesanGalat, useBuatToken } from './useTokenApi';

/** Create dialog: name, scope checkboxes, optional OPD and expiry date. */
export const BuatDialog = ({
  open,
  onClose,
  onDibuat,
}: {
  open: boolean;
  onClose: () => void;
  onDibuat: (t: TokenApiDenganRahasia) => void;
}) => {
  const translate = useTranslate();
  const buat = useBuatToken();
  // a react-admin Form takes field errors as the answer of its submit
  const simpan = async (nilai: Record<string, unknown>) => {
    try {
      onDibuat(await buat.mutateAsync(isianTokenApi(nilai)));
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } } | null)?.body;
      if (body?.errors && Object.keys(body.errors).length) return body.errors;
      return { nama: pesanGalat(e) };
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('mskp.token_api.buat_judul')}</DialogTitle>
      <Form onSubmit={simpan} defaultValues={{ cakupan: [] }} resource="token-api">
        <DialogContent>
          <TextInput source="nama" validate={required()} fullWidth helperText="mskp.token_api.nama_bantuan" />
          <CheckboxGroupInput source="cakupan" choices={pilihanCakupan()} row={false} validate={required()} />
          <ReferenceInput source="kode_opd" reference="opd" sort={{ field: 'nama', order: 'ASC' }} perPage={100}>
            <AutocompleteInput
              optionText="nama"
              optionValue="kode_opd"
              fullWidth
              helperText="mskp.token_api.opd_bantuan"
            />
          </ReferenceInput>
          <DateInput source="berlaku_sampai" helperText="mskp.token_api.berlaku_bantuan" />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="mskp.token_api.buat" icon={<KeyIcon />} data-testid="tombol-simpan-token" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
