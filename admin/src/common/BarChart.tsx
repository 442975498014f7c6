import { Box, Tooltip, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { StatistikPegawai } from '../dataProvider/types';

/** Top-N rows by jumlah, largest first (ties by name). */
export const topN = (rows: readonly StatistikPegawai[], n = 10): StatistikPegawai[] =>
  [...rows]
    .filter((row) => Number.isFinite(Number(row.jumlah)))
    .sort((a, b) => Number(b.jumlah) - Number(a.jumlah) || a.opd_nama.localeCompare(b.opd_nama, 'id'))
    .slice(0, n);

const ROW = 30;
const LABEL = 150;
const WIDTH = 640;

/**
 * Horizontal bar chart in plain SVG (no chart library). `judul` / `label` are message keys (label gets
 * opd and smart_count), so other counts per OPD can reuse it.
 */
export const BarChart = ({
  rows,
  judul = 'mskp.dashboard.grafik_judul',
  label: labelKey = 'mskp.dashboard.grafik_label',
  testId = 'grafik-pegawai-opd',
}: {
  rows: readonly StatistikPegawai[];
  judul?: string;
  label?: string;
  testId?: string;
}) => {
  const theme = useTheme();
  const translate = useTranslate();
  const max = Math.max(1, ...rows.map((row) => Number(row.jumlah)));
  const height = rows.length * ROW + 10;
  const barSpace = WIDTH - LABEL - 60;
  return (
    <Box sx={{ width: '100%', overflowX: 'auto' }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={translate(judul)}
        data-testid={testId}
        style={{ maxHeight: height * 1.4, fontFamily: theme.typography.fontFamily }}
      >
        {rows.map((row, index) => {
          const y = index * ROW + 5;
          const width = Math.max(2, (Number(row.jumlah) / max) * barSpace);
          const name = row.singkatan || row.opd_nama;
          const label = translate(labelKey, {
            opd: row.opd_nama,
            smart_count: Number(row.jumlah),
          });
          return (
            <Tooltip key={row.opd_id} title={label}>
              <g data-testid="grafik-bar">
                <title>{label}</title>
                <text
                  x={LABEL - 8}
                  y={y + ROW / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize="12"
                  fill={theme.palette.text.primary}
                >
                  {name.length > 22 ? `${name.slice(0, 21)}…` : name}
                </text>
                <rect
                  x={LABEL}
                  y={y + 4}
                  width={width}
                  height={ROW - 10}
                  rx="3"
                  fill={theme.palette.primary.main}
                  opacity={0.85}
                />
                <text
                  x={LABEL + width + 6}
                  y={y + ROW / 2}
                  dominantBaseline="middle"
                  fontSize="12"
                  fill={theme.palette.text.secondary}
                >
                  {Number(row.jumlah).toLocaleString('id-ID')}
                </text>
              </g>
            </Tooltip>
          );
        })}
      </svg>
      {rows.length === 0 ? <Typography variant="body2">-</Typography> : null}
    </Box>
  );
};
