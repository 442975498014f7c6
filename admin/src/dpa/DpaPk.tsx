import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { useMe } from '../common/useIdentity';
import { galatImpor, useImpor } from '../common/useImpor';
import { useMskpDataProvider } from '../dataProvider';
import type { HasilTerapkanDpa, PratinjauDpa as Pratinjau } from '../dataProvider/dpa';
import { simpanBerkas } from '../common/berkas';
import { uang } from './format';
import { KartuImporDpa } from './KartuImporDpa';
import { PratinjauDpa } from './PratinjauDpa';
import { TampilanPk } from './TampilanPk';

/**
 * `/dpa` (Admin BKPSDM any OPD, Admin OPD his own, BKAD read): import of SIPD's DPA export (template,
 * upload → preview with accepted rows and rejected rows with row number and reason → apply, which
 * replaces the OPD's DPA of the year), then the OPD's Perjanjian Kinerja with its budget from the DPA
 * and the print.
 */
export const DpaPk = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { permissions } = usePermissions();
  const peran = permissions as string | null;
  const bolehImpor = peran === 'admin_bkpsdm' || peran === 'admin_opd';
  const { me } = useMe();
  const [tahun, setTahun] = useState(() => new Date().getFullYear());
  const [kodeOpd, setKodeOpd] = useState('');
  const { data: daftarOpd = [] } = useGetList('opd', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nama', order: 'ASC' },
  });
  const kodeSendiri = peran === 'admin_opd' ? (me?.pegawai?.opd?.kode_opd ?? '') : '';
  useEffect(() => {
    if (kodeSendiri && kodeOpd !== kodeSendiri) setKodeOpd(kodeSendiri);
  }, [kodeSendiri, kodeOpd]);

  // the PK of the chosen OPD and year; the previous one stays on screen while the next loads
  const adaPk = Boolean(kodeOpd) && tahun >= 2000 && tahun <= 2100;
  const muatPk = useQuery({
    queryKey: ['dpa', 'pk', tahun, kodeOpd],
    queryFn: () => dataProvider.perjanjianKinerja(tahun, kodeOpd),
    enabled: adaPk,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const pk = adaPk && !muatPk.error ? muatPk.data : undefined;
  const galatPk = adaPk && muatPk.error ? galatImpor(muatPk.error).pesan : null;

  const impor = useImpor<Pratinjau, HasilTerapkanDpa>({
    unggah: (f, onPersen) => dataProvider.imporDpa({ tahun, kode_opd: kodeOpd, berkas: f }, onPersen),
    terapkan: (id) => dataProvider.terapkanDpa(id),
    setelahTerapkan: () => muatPk.refetch(),
  });
  const { galat, pratinjau, hasil, reset, sibuk } = impor;
  const unduhTemplat = () =>
    impor.jalankan(async () => {
      const { blob, namaBerkas } = await dataProvider.templatDpa();
      simpanBerkas(blob, namaBerkas);
    });

  return (
    <Box sx={{ p: 2 }} data-testid="dpa-pk">
      <Title title={translate('mskp.dpa.judul')} />
      <KartuImporDpa
        tahun={tahun}
        kodeOpd={kodeOpd}
        daftarOpd={daftarOpd}
        opdSendiri={Boolean(kodeSendiri)}
        onTahun={(t) => {
          setTahun(t);
          reset();
        }}
        onOpd={(k) => {
          setKodeOpd(k);
          reset();
        }}
        bolehImpor={bolehImpor}
        onTemplat={() => void unduhTemplat()}
        berkas={impor.berkas}
        input={impor.input}
        onBerkas={(f) => {
          impor.setBerkas(f);
          reset();
        }}
        onKirim={() => void impor.kirim()}
        unggah={impor.unggah}
        sibuk={sibuk}
      />

      {galat ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="dpa-galat">
          <Typography variant="body2">{translate(galat.pesan, { _: galat.pesan })}</Typography>
          {galat.kedaluwarsa ? <Typography variant="body2">{translate('mskp.dpa.kedaluwarsa')}</Typography> : null}
        </Alert>
      ) : null}
      {hasil ? (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="dpa-hasil">
          {translate('mskp.dpa.hasil', {
            jumlah: hasil.jumlah,
            total: uang(hasil.total_pagu),
            ganti: hasil.diganti ? translate('mskp.dpa.hasil_ganti', { n: hasil.diganti }) : '',
          })}
        </Alert>
      ) : null}

      {pratinjau ? (
        <PratinjauDpa
          pratinjau={pratinjau}
          sibuk={sibuk}
          menerapkan={impor.menerapkan}
          onTerapkan={() => void impor.terapkan()}
          onBatal={reset}
        />
      ) : null}

      {adaPk && muatPk.isFetching ? <LinearProgress sx={{ mb: 2 }} /> : null}
      {galatPk ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="pk-galat">
          {translate(galatPk, { _: galatPk })}
        </Alert>
      ) : null}
      {pk ? <TampilanPk pk={pk} /> : null}
    </Box>
  );
};
