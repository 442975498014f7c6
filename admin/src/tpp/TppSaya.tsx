import { Alert, Box, Card, CardContent, CardHeader, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import type { BarisTpp } from '../dataProvider/tpp';
import { rupiah, seri12Bulan, titikGaris } from './format';

const LEBAR = 600;
const TINGGI = 120;

/** Line chart of jumlah_ditransfer over the last 12 months (plain SVG, as the dashboard's bar chart). */
const GrafikTpp = ({ baris }: { baris: BarisTpp[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const seri = seri12Bulan(baris);
  if (!seri.length) return null;
  return (
    <svg
      viewBox={`-30 -10 ${LEBAR + 60} ${TINGGI + 40}`}
      width="100%"
      role="img"
      aria-label={translate('mskp.tpp.grafik')}
      data-testid="grafik-tpp"
    >
      <polyline
        points={titikGaris(
          seri.map((s) => s.jumlah_ditransfer),
          LEBAR,
          TINGGI,
        )}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth="2"
      />
      {seri.map((s, i) => (
        <text
          key={`${s.tahun}-${s.bulan}`}
          x={seri.length > 1 ? (i * LEBAR) / (seri.length - 1) : 0}
          y={TINGGI + 20}
          fontSize="11"
          textAnchor="middle"
          fill={theme.palette.text.secondary}
        >
          {`${s.bulan}/${String(s.tahun).slice(2)}`}
        </text>
      ))}
    </svg>
  );
};

/** `/tpp-saya` (ASN portal): the signed-in pegawai's TPP per month with the reason of each deduction. */
export const TppSaya = () => {
  const translate = useTranslate();
  const { me } = useMe();
  const nip = me?.pegawai?.nip;
  const dataProvider = useMskpDataProvider();
  const muat = useQuery({
    queryKey: ['tpp', 'pegawai', nip],
    queryFn: () => dataProvider.tppPegawai(nip as string),
    enabled: !!nip,
    retry: false,
  });
  const baris = useMemo(() => muat.data ?? [], [muat.data]);
  const galat = muat.error ? String(muat.error.message ?? muat.error) : null;
  // the first line the server lists is shown until the user picks another month
  const [dipilih, setPilih] = useState<string>('');
  const pilih = dipilih || baris[0]?.id || '';
  const x = useMemo(() => baris.find((b) => b.id === pilih), [baris, pilih]);
  const rincian: [string, number][] = x
    ? [
        ['beban_kerja', x.belanja_tpp_beban_kerja],
        ['prestasi_kerja', x.belanja_tpp_prestasi_kerja],
        ['bpjs', x.tunjangan_iuran_jaminan_kesehatan],
        ['jumlah_tpp', x.jumlah_tpp],
        ['pph_21', x.pph_21],
        ['potongan', x.jumlah_potongan],
        ['ditransfer', x.jumlah_ditransfer],
      ]
    : [];
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('mskp.tpp.menu.tpp_saya')} />
      {galat ? <Alert severity="error">{galat}</Alert> : null}
      {!baris.length && !galat ? <Alert severity="info">{translate('mskp.tpp.kosong')}</Alert> : null}
      {baris.length ? (
        <Stack spacing={2}>
          <TextField
            select
            size="small"
            label={translate('mskp.tpp.periode')}
            value={pilih}
            onChange={(e) => setPilih(e.target.value)}
            sx={{ maxWidth: 240 }}
            data-testid="tpp-periode"
          >
            {baris.map((b) => (
              <MenuItem key={b.id} value={b.id}>{`${b.bulan}/${b.tahun}`}</MenuItem>
            ))}
          </TextField>
          {x ? (
            <Card>
              <CardHeader title={`${x.nama_jabatan ?? ''} · ${translate('mskp.tpp.kelas')} ${x.kelas}`} />
              <CardContent>
                {rincian.map(([k, v]) => (
                  <Stack key={k} direction="row" sx={{ justifyContent: 'space-between' }} data-testid={`tpp-${k}`}>
                    <Typography>{translate(`mskp.tpp.kolom.${k}`)}</Typography>
                    <Typography sx={{ fontWeight: k === 'ditransfer' ? 700 : 400 }}>{rupiah(v)}</Typography>
                  </Stack>
                ))}
                <Typography variant="subtitle2" sx={{ mt: 2 }}>
                  {translate('mskp.tpp.alasan')}
                </Typography>
                <ul data-testid="tpp-alasan">
                  {x.alasan.map((a, i) => (
                    <li key={i}>
                      <Typography variant="body2">{a.uraian}</Typography>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader title={translate('mskp.tpp.grafik')} />
            <CardContent>
              <GrafikTpp baris={baris} />
            </CardContent>
          </Card>
        </Stack>
      ) : null}
    </Box>
  );
};
