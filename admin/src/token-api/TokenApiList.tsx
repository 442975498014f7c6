import AddIcon from '@mui/icons-material/Add';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/Key';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Stack,
  TextField as MuiTextField,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  Confirm,
  DataTable,
  DateInput,
  Form,
  FunctionField,
  List,
  ReferenceInput,
  SaveButton,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField, WaktuRelatifField } from '../common/fields';
import type { MskpDataProvider, StatusToken, TokenApi, TokenApiDenganRahasia } from '../dataProvider';
import { WARNA_STATUS, bolehCabut, bolehPutar, isianTokenApi, pilihanCakupan } from './aturan';

const STATUS: StatusToken[] = ['AKTIF', 'KEDALUWARSA', 'DICABUT'];

const pesanGalat = (e: unknown) => (e as { message?: string } | null)?.message || 'ra.notification.http_error';

/** The secret of a new or rotated token: shown once, with a copy button and a warning. */
const RahasiaDialog = ({ token, onClose }: { token: TokenApiDenganRahasia | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const salin = async () => {
    try {
      await navigator.clipboard.writeText(token?.token ?? '');
      notify('mskp.token_api.tersalin', { type: 'success' });
    } catch {
      notify('mskp.token_api.gagal_salin', { type: 'warning' });
    }
  };
  return (
    <Dialog open={!!token} onClose={(_e, alasan) => alasan !== 'backdropClick' && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('mskp.token_api.rahasia_judul', { nama: token?.nama ?? '' })}</DialogTitle>
      <DialogContent data-testid="dialog-rahasia">
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('mskp.token_api.rahasia_peringatan')}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiTextField
            value={token?.token ?? ''}
            fullWidth
            size="small"
            slotProps={{
              input: { readOnly: true, sx: { fontFamily: 'monospace' } },
              htmlInput: { 'data-testid': 'token-rahasia' },
            }}
            onFocus={(e) => e.target.select()}
          />
          <Tooltip title={translate('mskp.token_api.salin')}>
            <IconButton onClick={salin} aria-label={translate('mskp.token_api.salin')} data-testid="tombol-salin-token">
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" data-testid="tombol-tutup-rahasia">
          {translate('mskp.token_api.sudah_disalin')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Create dialog: name, scope checkboxes, optional OPD and expiry date. */
const BuatDialog = ({
  open,
  onClose,
  onDibuat,
}: {
  open: boolean;
  onClose: () => void;
  onDibuat: (t: TokenApiDenganRahasia) => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MskpDataProvider>();
  const simpan = async (nilai: Record<string, unknown>) => {
    try {
      onDibuat(await dataProvider.buatTokenApi(isianTokenApi(nilai)));
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

/** Row actions: rotate (new secret shown once) and revoke (with confirmation). */
const AksiBaris = ({ onRahasia }: { onRahasia: (t: TokenApiDenganRahasia) => void }) => {
  const record = useRecordContext<TokenApi>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<MskpDataProvider>();
  const [tanya, setTanya] = useState<'putar' | 'cabut' | null>(null);
  const [sibuk, setSibuk] = useState(false);
  if (!record) return null;
  const jalankan = async () => {
    setSibuk(true);
    try {
      if (tanya === 'putar') onRahasia(await dataProvider.putarTokenApi(String(record.id)));
      else {
        await dataProvider.delete('token-api', { id: record.id, previousData: record });
        notify('mskp.token_api.dicabut', { type: 'info', messageArgs: { nama: record.nama } });
      }
      refresh();
    } catch (e) {
      notify(pesanGalat(e), { type: 'error' });
    } finally {
      setSibuk(false);
      setTanya(null);
    }
  };
  const henti = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Box onClick={henti} sx={{ whiteSpace: 'nowrap' }}>
      {bolehPutar(record.status) && (
        <Tooltip title={translate('mskp.token_api.putar')}>
          <IconButton
            size="small"
            onClick={() => setTanya('putar')}
            aria-label={translate('mskp.token_api.putar')}
            data-testid="tombol-putar-token"
          >
            <AutorenewIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {bolehCabut(record.status) && (
        <Tooltip title={translate('mskp.token_api.cabut')}>
          <IconButton
            size="small"
            color="error"
            onClick={() => setTanya('cabut')}
            aria-label={translate('mskp.token_api.cabut')}
            data-testid="tombol-cabut-token"
          >
            <BlockIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Confirm
        isOpen={tanya != null}
        loading={sibuk}
        title={tanya === 'putar' ? 'mskp.token_api.putar_judul' : 'mskp.token_api.cabut_judul'}
        content={tanya === 'putar' ? 'mskp.token_api.putar_konfirmasi' : 'mskp.token_api.cabut_konfirmasi'}
        translateOptions={{ nama: record.nama }}
        confirm={tanya === 'putar' ? 'mskp.token_api.putar' : 'mskp.token_api.cabut'}
        confirmColor={tanya === 'cabut' ? 'warning' : 'primary'}
        onConfirm={jalankan}
        onClose={() => setTanya(null)}
      />
    </Box>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={STATUS.map((id) => ({ id, name: `mskp.token_api.status.${id}` }))}
  />,
];

/**
 * `/token-api` (Admin BKPSDM): tokens of external systems (eKAK, presensi, SPIP, legacy consumers).
 * The list never holds a secret; a new or rotated token's secret is shown once in a dialog.
 */
export const TokenApiList = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [buat, setBuat] = useState(false);
  const [rahasia, setRahasia] = useState<TokenApiDenganRahasia | null>(null);
  const tampilkan = (t: TokenApiDenganRahasia) => {
    setBuat(false);
    setRahasia(t);
    refresh();
  };
  const tombolBuat = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setBuat(true)} data-testid="tombol-buat-token">
      {translate('mskp.token_api.buat')}
    </Button>
  );
  return (
    <>
      <List
        resource="token-api"
        filters={filters}
        actions={<TopToolbar>{tombolBuat}</TopToolbar>}
        sort={{ field: 'dibuat_pada', order: 'DESC' }}
        perPage={25}
        empty={<EmptyState messages="mskp.empty.token-api" action={tombolBuat} />}
      >
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col source="nama">
            <TextField source="nama" />
          </DataTable.Col>
          <DataTable.Col source="cakupan" disableSort>
            <FunctionField<TokenApi>
              render={(r) => (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {r.cakupan.map((c) => (
                    <Chip key={c} size="small" label={c} variant="outlined" />
                  ))}
                </Stack>
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="kode_opd">
            <TextField source="kode_opd" emptyText={translate('mskp.token_api.semua_opd')} />
          </DataTable.Col>
          <DataTable.Col source="berlaku_sampai">
            <TanggalField source="berlaku_sampai" emptyText={translate('mskp.token_api.tanpa_batas')} />
          </DataTable.Col>
          <DataTable.Col source="dibuat_oleh" disableSort>
            <TextField source="dibuat_oleh" emptyText="-" />
          </DataTable.Col>
          <DataTable.Col source="dibuat_pada">
            <TanggalField source="dibuat_pada" showTime />
          </DataTable.Col>
          <DataTable.Col source="terakhir_dipakai">
            <WaktuRelatifField source="terakhir_dipakai" kosong="mskp.token_api.belum_dipakai" />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <FunctionField<TokenApi>
              render={(r) => (
                <Chip
                  size="small"
                  color={WARNA_STATUS[r.status]}
                  variant={r.status === 'AKTIF' ? 'filled' : 'outlined'}
                  label={translate(`mskp.token_api.status.${r.status}`)}
                  data-testid="status-token"
                />
              )}
            />
          </DataTable.Col>
          <DataTable.Col disableSort>
            <AksiBaris onRahasia={tampilkan} />
          </DataTable.Col>
        </DataTable>
      </List>
      <BuatDialog open={buat} onClose={() => setBuat(false)} onDibuat={tampilkan} />
      <RahasiaDialog token={rahasia} onClose={() => setRahasia(null)} />
    </>
  );
};
