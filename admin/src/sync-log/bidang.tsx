import { Chip, Stack, Typography } from '@mui/material';
import { FunctionField, useLocaleState, useTranslate } from 'react-admin';
import type { SyncLog } from '../dataProvider';
import { formatDurasi, jumlahTerurut, pemicuRun, warnaStatus } from './tampilan';

/** The fields a sync-log row and its show page share. `label`/`source` are read by the list and Labeled. */
interface Bidang {
  label?: string;
  source?: string;
}

export const SistemField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="sistem"
      render={(r) => translate(`mskp.sync_log.sistem.${r.sistem}`, { _: r.sistem })}
    />
  );
};

export const JenisField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="jenis"
      render={(r) => translate(`mskp.sync_log.jenis.${r.jenis}`, { _: r.jenis })}
    />
  );
};

/** The user (a pegawai's NIP) or the scheduled job that started the run. */
export const PemicuField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="pemicu"
      render={(r) => {
        const p = pemicuRun(r);
        return (
          <Stack spacing={0}>
            <Typography variant="body2">{p.nama}</Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(`mskp.sync_log.pemicu.${p.jenis}`)}
            </Typography>
          </Stack>
        );
      }}
    />
  );
};

export const ModeField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="dry_run"
      render={(r) => (
        <Chip
          size="small"
          variant="outlined"
          color={r.dry_run ? 'info' : 'primary'}
          label={translate(`mskp.sync_log.mode.${r.dry_run ? 'true' : 'false'}`)}
        />
      )}
    />
  );
};

/** Counts per outcome, e.g. "3 dibuat · 1 diubah · 20 tetap · 1 konflik". */
export const JumlahField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="jumlah"
      render={(r) => {
        const isi = jumlahTerurut(r.jumlah);
        if (!isi.length) return '-';
        return isi.map(([k, n]) => `${n} ${translate(`mskp.sync_log.hasil.${k}`, { _: k })}`).join(' · ');
      }}
    />
  );
};

export const GalatField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="galat"
      render={(r) => {
        const n = r.galat?.length ?? 0;
        if (!n) return '-';
        return (
          <Typography variant="body2" color="error" title={r.pesan ?? r.galat[0]?.alasan}>
            {translate('mskp.sync_log.jumlah_galat', { smart_count: n })}
          </Typography>
        );
      }}
    />
  );
};

export const DurasiField = (_: Bidang) => {
  const [locale] = useLocaleState();
  return <FunctionField<SyncLog> source="durasi_ms" render={(r) => formatDurasi(r.durasi_ms, locale)} />;
};

export const StatusField = (_: Bidang) => {
  const translate = useTranslate();
  return (
    <FunctionField<SyncLog>
      source="status"
      render={(r) => (
        <Chip
          size="small"
          color={warnaStatus(r.status)}
          variant={r.status === 'BERHASIL' ? 'outlined' : 'filled'}
          label={translate(`mskp.sync_log.status.${r.status}`, { _: r.status })}
        />
      )}
    />
  );
};
