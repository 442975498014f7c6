import { TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { K } from './aturan';

/** The OPD choice: a list for the city-wide roles and Admin OPD (the server scopes), the own OPD for a Kepala OPD. */
export const PilihOpd = ({ value, nama, onChange, terkunci }: { value: string; nama?: string; onChange: (kode: string) => void; terkunci: boolean }) => {
    const translate = useTranslate();
    const { data } = useGetList<{ id: string; kode_opd: string; nama: string }>(
        'opd',
        { pagination: { page: 1, perPage: 500 }, sort: { field: 'kode_opd', order: 'ASC' }, filter: {} },
        { enabled: !terkunci }
    );
    return (
        <TextField
            select
            size="small"
            label={translate(`${K}opd`)}
            value={value}
            onChange={event => onChange(event.target.value)}
            disabled={terkunci}
            sx={{ minWidth: 320 }}
            slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'predikat-opd' } }}
        >
            <option value="">—</option>
            {terkunci && value ? <option value={value}>{nama || value}</option> : null}
            {(data ?? []).map(o => (
                <option key={o.id} value={o.kode_opd}>
                    {o.nama}
                </option>
            ))}
        </TextField>
    );
};
