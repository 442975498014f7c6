import { PilihanNative } from '../common/PilihanNative';
import { useGetList, useTranslate } from 'react-admin';
import { K } from './aturan';

/** The OPD choice: a list for the city-wide roles and Admin OPD (the server scopes), the own OPD for a Kepala OPD. */
export const PilihOpd = ({
  value,
  nama,
  onChange,
  terkunci,
}: {
  value: string;
  nama?: string;
  onChange: (kode: string) => void;
  terkunci: boolean;
}) => {
  const translate = useTranslate();
  const { data } = useGetList<{ id: string; kode_opd: string; nama: string }>(
    'opd',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'kode_opd', order: 'ASC' }, filter: {} },
    { enabled: !terkunci },
  );
  return (
    <PilihanNative
      size="small"
      label={translate(`${K}opd`)}
      value={value}
      onChange={onChange}
      disabled={terkunci}
      sx={{ minWidth: 320 }}
      testId="predikat-opd"
      kosong="—"
      pilihan={[
        ...(terkunci && value ? [{ id: value, name: nama || value }] : []),
        ...(data ?? []).map((o) => ({ id: o.kode_opd, name: o.nama })),
      ]}
    />
  );
};
