import {
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Tooltip,
} from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { Evaluasi, EvaluasiMethods, KodePredikat, Rating } from '../dataProvider/evaluasi';
import { CetakPdf } from '../common/CetakPdf';
import type { MskpDataProvider } from '../dataProvider/types';
import { RATING, warnaPredikat } from './aturan';

/** The data provider with the evaluation calls (dataProvider/evaluasi.ts). */
export const useEvaluasiDataProvider = () => useDataProvider<MskpDataProvider & EvaluasiMethods>();

/** The predikat as a coloured chip (name from the server; the UI language's name when missing). */
export const PredikatChip = ({
  kode,
  nama,
  testId = 'predikat-chip',
}: {
  kode: KodePredikat | number;
  nama?: string | null;
  testId?: string;
}) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={warnaPredikat(kode)}
      label={nama || translate(`mskp.evaluasi.predikat_label.${kode}`, { _: String(kode) })}
      data-testid={testId}
      data-kode={kode}
      sx={{ fontWeight: 600 }}
    />
  );
};

export const BelumDinilaiChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate('mskp.evaluasi.belum_dinilai')}
      data-testid="predikat-chip"
      data-kode=""
    />
  );
};

/** "perilaku dari penilaian Plt" when the perilaku rating came from the Plt context. */
export const PerilakuPltChip = ({ asli }: { asli?: number | null }) => {
  const translate = useTranslate();
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color="secondary"
      label={translate('mskp.evaluasi.perilaku_plt')}
      data-testid="perilaku-plt"
    />
  );
  return asli ? (
    <Tooltip
      title={translate('mskp.evaluasi.perilaku_plt_petunjuk', { rating: translate(`mskp.evaluasi.rating.${asli}`) })}
    >
      {chip}
    </Tooltip>
  ) : (
    chip
  );
};

/** Di Atas / Sesuai / Di Bawah Ekspektasi as radio buttons, with an optional hint and error. */
export const PilihRating = ({
  label,
  nilai,
  onChange,
  nama,
  petunjuk,
  galat,
  disabled,
}: {
  label: string;
  nilai: Rating | null;
  onChange: (rating: Rating) => void;
  nama: string;
  petunjuk?: string | null;
  galat?: string | null;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <FormControl error={!!galat} disabled={disabled} data-testid={`rating-${nama}`}>
      <FormLabel id={`label-${nama}`}>{label}</FormLabel>
      <RadioGroup
        row
        aria-labelledby={`label-${nama}`}
        name={nama}
        value={nilai == null ? '' : String(nilai)}
        onChange={(event) => onChange(Number(event.target.value) as Rating)}
      >
        {RATING.map((r) => (
          <FormControlLabel
            key={r}
            value={String(r)}
            control={<Radio slotProps={{ input: { ...{ 'data-testid': `rating-${nama}-${r}` } } }} />}
            label={translate(`mskp.evaluasi.rating.${r}`)}
          />
        ))}
      </RadioGroup>
      {galat || petunjuk ? (
        <FormHelperText data-testid={`rating-${nama}-petunjuk`}>{galat || petunjuk}</FormHelperText>
      ) : null}
    </FormControl>
  );
};

/** "Cetak Evaluasi": the periodic evaluation (with `bulan`) or the annual Dokumen Evaluasi Kinerja (without). */
export const CetakEvaluasi = ({
  evaluasi,
  kecil = false,
}: {
  evaluasi: Pick<Evaluasi, 'nip' | 'tahun' | 'bulan' | 'periode_jenis'>;
  kecil?: boolean;
}) => {
  const translate = useTranslate();
  const dataProvider = useEvaluasiDataProvider();
  const tahunan = evaluasi.periode_jenis === 'TAHUNAN' || evaluasi.bulan == null;
  return (
    <CetakPdf
      label={translate('mskp.evaluasi.cetak')}
      judul={translate(tahunan ? 'mskp.evaluasi.cetak_judul_tahunan' : 'mskp.evaluasi.cetak_judul', {
        tahun: evaluasi.tahun,
        bulan: evaluasi.bulan ?? '',
      })}
      ambil={(input) =>
        dataProvider.cetakEvaluasi({
          nip: evaluasi.nip as string,
          tahun: evaluasi.tahun,
          ...(tahunan ? {} : { bulan: evaluasi.bulan as number }),
          ...input,
        })
      }
      testId={tahunan ? 'cetak-evaluasi-tahunan' : 'cetak-evaluasi'}
      kecil={kecil}
    />
  );
};
