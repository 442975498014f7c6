import { Chip, Tooltip, Typography } from '@mui/material';
import { DateField, useLocaleState, useRecordContext, useTranslate, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n';
import { formatNip, golonganLabel, jenisKelaminKey, LONG_DATE, LONG_DATE_TIME, relativeTime } from '../util/format';

/**
 * DateField in Indonesian long format ("27 November 2026"; with `showTime`
 * "27 November 2026 pukul 14.05"). `locales="id-ID"` unless the user
 * switched the UI to English.
 */
export const TanggalField = ({ showTime, ...props }: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      locales={intlLocale(locale)}
      options={showTime ? LONG_DATE_TIME : LONG_DATE}
      showTime={showTime}
      emptyText="-"
      {...props}
    />
  );
};

/** NIP grouped as "19700518 200503 1 005". */
export const NipField = ({ source = 'nip' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  const value = record[source];
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {value ? formatNip(String(value)) : '-'}
    </Typography>
  );
};

export const GolonganField = ({ source = 'golongan' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {golonganLabel(record[source], record.jenis_asn) || '-'}
    </Typography>
  );
};

export const JenisKelaminField = ({ source = 'jenis_kelamin' }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const key = jenisKelaminKey(record[source], record.nip);
  return (
    <Typography component="span" variant="body2">
      {key ? translate(`mskp.choices.jenis_kelamin.${key}`) : '-'}
    </Typography>
  );
};

/** "3 hari lalu" with the full date-time as tooltip; "Belum pernah login" (or the `kosong` message) for null. */
export const WaktuRelatifField = ({
  source,
  kosong,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  kosong?: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext();
  if (!record) return null;
  const value = record[source];
  const relative = relativeTime(value);
  const text = 'count' in relative ? translate(relative.key, { smart_count: relative.count }) : translate(relative.key);
  if (!value) {
    return (
      <span>
        <Chip size="small" label={kosong ? translate(kosong) : text} color="warning" variant="outlined" />
      </span>
    );
  }
  const full = new Date(value).toLocaleString(intlLocale(locale), LONG_DATE_TIME);
  return (
    <Tooltip title={full}>
      <span>
        <Typography component="span" variant="body2" sx={{ display: 'block' }}>
          {full}
        </Typography>
        <Typography component="span" variant="caption" color="text.secondary">
          {text}
        </Typography>
      </span>
    </Tooltip>
  );
};

/** Role type shown with its translated name. */
export const PeranField = ({ source = 'role' }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const value = record[source];
  if (!value) return <span>-</span>;
  return (
    <Chip
      size="small"
      label={translate(`mskp.choices.role.${value}`, { _: record.role_nama || value })}
      variant="outlined"
    />
  );
};
