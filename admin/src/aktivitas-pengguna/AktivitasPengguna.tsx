import { useState } from 'react';
import {
  Autocomplete,
  Box,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  Skeleton,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import PeopleIcon from '@mui/icons-material/People';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import {
  DataTable,
  ListBase,
  Pagination,
  TextField,
  Title,
  useGetList,
  useListContext,
  useNavigate,
  useTranslate,
} from 'react-admin';
import type { ReactNode } from 'react';
import { EmptyNote } from '../common/EmptyState';
import { PeranField, WaktuRelatifField } from '../common/fields';
import type { Opd, Pengguna } from '../dataProvider/types';
import { formatNip } from '../util/format';
import { riwayatLoginPath } from '../common/tautan';

const DEFAULT_IDLE = 30;

/** Total of a filtered users list, read from Content-Range (range=[0,0]). */
const useTotal = (filter: Record<string, unknown>) => {
  const { total, isPending } = useGetList('users', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
    filter,
  });
  return { total, isPending };
};

const SummaryCard = ({
  label,
  filter,
  icon,
  active,
  onClick,
  testId,
}: {
  label: string;
  filter: Record<string, unknown>;
  icon: ReactNode;
  active: boolean;
  onClick: () => void;
  testId: string;
}) => {
  const { total, isPending } = useTotal(filter);
  return (
    <Card
      variant={active ? 'elevation' : 'outlined'}
      elevation={active ? 4 : 0}
      sx={{ borderColor: active ? 'primary.main' : undefined }}
    >
      <CardActionArea onClick={onClick} data-testid={testId}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box sx={{ color: 'primary.main', display: 'flex' }}>{icon}</Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="h5" sx={{ fontWeight: 600 }} data-testid={`${testId}-total`}>
              {isPending ? <Skeleton width={48} /> : (total ?? 0).toLocaleString('id-ID')}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

type Mode = 'semua' | 'belum' | 'idle';

const UsersTable = () => {
  const navigate = useNavigate();
  const translate = useTranslate();
  const { total, isPending } = useListContext();
  if (!isPending && total === 0)
    return <EmptyNote testId="aktivitas-kosong">{translate('mskp.aktivitas.kosong')}</EmptyNote>;
  return (
    <Card>
      <DataTable<Pengguna>
        bulkActionButtons={false}
        rowClick={(id) => {
          navigate(riwayatLoginPath(id));
          return false;
        }}
      >
        <DataTable.Col source="pegawai_nama" label="mskp.aktivitas.nama">
          <TextField source="pegawai_nama" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col
          source="username"
          label="mskp.aktivitas.nip"
          render={(record) => formatNip(record.pegawai_nip || record.username)}
        />
        <DataTable.Col source="opd_nama" disableSort>
          <TextField source="opd_nama" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="role" disableSort>
          <PeranField />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt" label="mskp.aktivitas.login_terakhir">
          <WaktuRelatifField source="lastLoginAt" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginIp" disableSort>
          <TextField source="lastLoginIp" emptyText="-" />
        </DataTable.Col>
      </DataTable>
      <Pagination rowsPerPageOptions={[10, 25, 50, 100]} />
    </Card>
  );
};

/** `/aktivitas-pengguna`: who never logged in, who has been idle for N days. */
export const AktivitasPengguna = () => {
  const translate = useTranslate();
  const [mode, setMode] = useState<Mode>('semua');
  const [idleDays, setIdleDays] = useState<number>(DEFAULT_IDLE);
  const [opd, setOpd] = useState<Opd | null>(null);
  const { data: opdList = [], isPending: opdPending } = useGetList<Opd>('opd', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nama', order: 'ASC' },
    filter: {},
  });

  const days = Number.isFinite(idleDays) && idleDays > 0 ? Math.floor(idleDays) : DEFAULT_IDLE;
  const scope: Record<string, unknown> = opd ? { opd_id: opd.id } : {};
  const filter: Record<string, unknown> = {
    ...scope,
    ...(mode === 'belum' ? { belum_pernah_login: true } : {}),
    ...(mode === 'idle' ? { idle_hari: days } : {}),
  };

  return (
    <Box sx={{ mt: 1 }} data-testid="aktivitas-pengguna">
      <Title title="mskp.aktivitas.judul" />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2, mb: 2 }}>
        <SummaryCard
          testId="ringkasan-total"
          label={translate('mskp.aktivitas.total')}
          filter={scope}
          icon={<PeopleIcon fontSize="large" />}
          active={mode === 'semua'}
          onClick={() => setMode('semua')}
        />
        <SummaryCard
          testId="ringkasan-belum-login"
          label={translate('mskp.aktivitas.belum_login')}
          filter={{ ...scope, belum_pernah_login: true }}
          icon={<PersonOffIcon fontSize="large" />}
          active={mode === 'belum'}
          onClick={() => setMode('belum')}
        />
        <SummaryCard
          testId="ringkasan-idle"
          label={translate('mskp.aktivitas.idle', { hari: days })}
          filter={{ ...scope, idle_hari: days }}
          icon={<HourglassBottomIcon fontSize="large" />}
          active={mode === 'idle'}
          onClick={() => setMode('idle')}
        />
      </Box>

      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip
            label={translate('mskp.aktivitas.chip_belum_login')}
            color={mode === 'belum' ? 'primary' : 'default'}
            variant={mode === 'belum' ? 'filled' : 'outlined'}
            onClick={() => setMode(mode === 'belum' ? 'semua' : 'belum')}
            onDelete={mode === 'belum' ? () => setMode('semua') : undefined}
            data-testid="chip-belum-login"
          />
          <Chip
            label={translate('mskp.aktivitas.chip_idle', { hari: days })}
            color={mode === 'idle' ? 'primary' : 'default'}
            variant={mode === 'idle' ? 'filled' : 'outlined'}
            onClick={() => setMode(mode === 'idle' ? 'semua' : 'idle')}
            onDelete={mode === 'idle' ? () => setMode('semua') : undefined}
            data-testid="chip-idle"
          />
          <MuiTextField
            type="number"
            size="small"
            label={translate('mskp.aktivitas.hari')}
            value={idleDays}
            onChange={(event) => setIdleDays(Number(event.target.value))}
            slotProps={{ htmlInput: { min: 1, max: 3650, 'data-testid': 'input-idle-hari' } }}
            sx={{ width: 110 }}
          />
          <Autocomplete
            sx={{ minWidth: 280, flex: '1 1 280px', maxWidth: 480 }}
            options={opdList}
            loading={opdPending}
            value={opd}
            getOptionLabel={(option) => option.nama}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, value) => setOpd(value)}
            renderInput={(params) => (
              <MuiTextField
                {...params}
                size="small"
                label={translate('resources.users.fields.opd_id')}
                placeholder={translate('mskp.common.semua_opd')}
              />
            )}
          />
        </CardContent>
        <Typography variant="caption" color="text.secondary" sx={{ px: 2, pb: 1, display: 'block' }}>
          {translate('mskp.aktivitas.petunjuk')}
        </Typography>
      </Card>

      <ListBase
        resource="users"
        storeKey="aktivitas-pengguna"
        disableSyncWithLocation
        filter={filter}
        sort={{ field: 'lastLoginAt', order: 'DESC' }}
        perPage={25}
      >
        <UsersTable />
      </ListBase>
    </Box>
  );
};
