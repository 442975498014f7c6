import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField, WaktuRelatifField } from '../common/fields';
import type { StatusToken, TokenApi, TokenApiDenganRahasia } from '../dataProvider';
import { WARNA_STATUS } from './aturan';
import { AksiBaris } from './AksiBaris';
import { BuatDialog } from './BuatDialog';
import { RahasiaDialog } from './RahasiaDialog';

const STATUS: StatusToken[] = ['AKTIF', 'KEDALUWARSA', 'DICABUT'];

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
  const [buat, setBuat] = useState(false);
  const [rahasia, setRahasia] = useState<TokenApiDenganRahasia | null>(null);
  const tampilkan = (t: TokenApiDenganRahasia) => {
    setBuat(false);
    setRahasia(t);
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
