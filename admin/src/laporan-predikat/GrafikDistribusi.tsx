import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { K, type BatangDistribusi } from './aturan';

/** Distribution vs quota: one bar per predikat, the quota bounds as ticks, broken bounds in red. */
export const GrafikDistribusi = ({ batang }: { batang: BatangDistribusi[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const ROW = 34;
  const LABEL = 150;
  const WIDTH = 640;
  const max = Math.max(1, ...batang.map((b) => Math.max(b.jumlah, b.maks ?? 0, b.min ?? 0)));
  const ruang = WIDTH - LABEL - 110;
  const x = (n: number) => LABEL + (n / max) * ruang;
  const height = batang.length * ROW + 10;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={translate(`${K}grafik`)}
      data-testid="predikat-grafik"
      style={{ fontFamily: theme.typography.fontFamily }}
    >
      {batang.map((b, i) => {
        const y = i * ROW + 5;
        const warna = b.langgar ? theme.palette.error.main : theme.palette.primary.main;
        return (
          <g key={b.kode} data-testid="predikat-grafik-bar" data-langgar={b.langgar ? 'ya' : 'tidak'}>
            <title>{translate(`${K}grafik_label`, { nama: b.nama, jumlah: b.jumlah })}</title>
            <text
              x={LABEL - 8}
              y={y + ROW / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="12"
              fill={theme.palette.text.primary}
            >
              {b.nama}
            </text>
            <rect x={LABEL} y={y + 6} width={Math.max(2, x(b.jumlah) - LABEL)} height={ROW - 14} rx={3} fill={warna} />
            {b.maks != null ? (
              <line
                x1={x(b.maks)}
                x2={x(b.maks)}
                y1={y + 2}
                y2={y + ROW - 4}
                stroke={theme.palette.error.dark}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
            ) : null}
            {b.min != null ? (
              <line
                x1={x(b.min)}
                x2={x(b.min)}
                y1={y + 2}
                y2={y + ROW - 4}
                stroke={theme.palette.success.dark}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
            ) : null}
            <text
              x={x(b.jumlah) + 6}
              y={y + ROW / 2}
              dominantBaseline="middle"
              fontSize="12"
              fill={b.langgar ? theme.palette.error.main : theme.palette.text.secondary}
            >
              {b.jumlah}
              {b.maks != null ? ` (${translate(`${K}maks`, { n: b.maks })})` : ''}
              {b.min != null ? ` (${translate(`${K}min`, { n: b.min })})` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
