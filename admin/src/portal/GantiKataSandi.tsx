import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../dataProvider';
import { galatKataSandi, KATA_SANDI_MIN } from '../common/kataSandi';

export const MIN_PASSWORD = KATA_SANDI_MIN;

/** Client-side checks (the server's password policy, common/kataSandi); returns {field: i18n key}. The server validates again. */
export const validateGantiKataSandi = (values: {
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
}): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (!values.currentPassword) errors.currentPassword = 'ra.validation.required';
  const sandiBaru = galatKataSandi(values.password);
  if (sandiBaru) errors.password = sandiBaru;
  else if (values.password === values.currentPassword) errors.password = 'mskp.error.sandi_sama';
  if (!values.passwordConfirmation) errors.passwordConfirmation = 'ra.validation.required';
  else if (values.password !== values.passwordConfirmation)
    errors.passwordConfirmation = 'mskp.error.sandi_tidak_cocok';
  return errors;
};

/** `POST /api/auth/change-password` {currentPassword, password, passwordConfirmation}. */
export const GantiKataSandi = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMskpDataProvider();
  const [values, setValues] = useState({ currentPassword: '', password: '', passwordConfirmation: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);

  const set = (field: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
    setErrors((previous) => ({ ...previous, [field]: '' }));
    setDone(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateGantiKataSandi(values);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await dataProvider.gantiKataSandi(values);
      setValues({ currentPassword: '', password: '', passwordConfirmation: '' });
      setDone(true);
      notify('mskp.portal.ganti_sandi.berhasil', { type: 'success' });
    } catch (error) {
      const message = (error as Error)?.message || 'ra.notification.http_error';
      const field = (error as { body?: { errors?: Record<string, string> } })?.body?.errors;
      if (field) setErrors(field);
      setServerError(message);
    } finally {
      setSaving(false);
    }
  };

  const errorText = (field: string) =>
    errors[field] ? translate(errors[field], { _: errors[field], min: MIN_PASSWORD }) : undefined;

  return (
    <Card data-testid="ganti-kata-sandi">
      <CardHeader title={translate('mskp.portal.ganti_sandi.judul')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('mskp.portal.ganti_sandi.petunjuk')}
        </Typography>
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 1, maxWidth: 420 }}>
          {/* helps password managers pair the fields with the account */}
          <input type="text" name="username" autoComplete="username" hidden readOnly />
          <TextField
            type="password"
            name="currentPassword"
            label={translate('mskp.portal.ganti_sandi.sekarang')}
            value={values.currentPassword}
            onChange={set('currentPassword')}
            error={!!errors.currentPassword}
            helperText={errorText('currentPassword')}
            autoComplete="current-password"
            size="small"
            margin="dense"
          />
          <TextField
            type="password"
            name="password"
            label={translate('mskp.portal.ganti_sandi.baru')}
            value={values.password}
            onChange={set('password')}
            error={!!errors.password}
            helperText={errorText('password') ?? translate('mskp.error.sandi_pendek', { min: MIN_PASSWORD })}
            autoComplete="new-password"
            size="small"
            margin="dense"
          />
          <TextField
            type="password"
            name="passwordConfirmation"
            label={translate('mskp.portal.ganti_sandi.konfirmasi')}
            value={values.passwordConfirmation}
            onChange={set('passwordConfirmation')}
            error={!!errors.passwordConfirmation}
            helperText={errorText('passwordConfirmation')}
            autoComplete="new-password"
            size="small"
            margin="dense"
          />
          {serverError ? (
            <Alert severity="error" role="alert" data-testid="ganti-sandi-error">
              {translate(serverError, { _: serverError })}
            </Alert>
          ) : null}
          {done ? (
            <Alert severity="success" data-testid="ganti-sandi-berhasil">
              {translate('mskp.portal.ganti_sandi.berhasil')}
            </Alert>
          ) : null}
          <Box>
            <Button
              type="submit"
              variant="contained"
              disabled={saving}
              startIcon={saving ? <CircularProgress size={16} color="inherit" /> : null}
              data-testid="ganti-sandi-simpan"
            >
              {translate('mskp.portal.ganti_sandi.simpan')}
            </Button>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
};
