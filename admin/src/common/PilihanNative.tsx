import { TextField, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

export interface Pilihan {
  id: string | number;
  name: ReactNode;
}

/**
 * A native <select> in a MUI text field (fast to drive from tests and keyboards): the options in the given order,
 * `data-testid` on the <select> itself. `onChange` gets the option's value as a string.
 */
export const PilihanNative = <T extends string = string>({
  label,
  value,
  onChange,
  pilihan,
  testId,
  size,
  sx,
  fullWidth,
  required,
  error,
  helperText,
  labelMengecil,
  kosong,
  disabled,
}: {
  label: string;
  value: string | number;
  onChange: (value: T) => void;
  pilihan: readonly Pilihan[];
  testId: string;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
  fullWidth?: boolean;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  /** keep the label above the field (for selects whose first option is empty) */
  labelMengecil?: boolean;
  /** label of an empty first option (value '') */
  kosong?: ReactNode;
  disabled?: boolean;
}) => (
  <TextField
    select
    size={size}
    label={label}
    value={String(value)}
    onChange={(event) => onChange(event.target.value as T)}
    fullWidth={fullWidth}
    required={required}
    error={error}
    helperText={helperText}
    disabled={disabled}
    sx={sx}
    slotProps={{
      select: { native: true },
      ...(labelMengecil ? { inputLabel: { shrink: true } } : {}),
      htmlInput: { 'data-testid': testId },
    }}
  >
    {kosong != null ? <option value="">{kosong}</option> : null}
    {pilihan.map((p) => (
      <option key={p.id} value={p.id}>
        {p.name}
      </option>
    ))}
  </TextField>
);
