import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  InputAdornment,
  TextField,
  Typography,
} from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { LocalesMenuButton, useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { session } from '../auth/session';

/** "PEMERINTAH KOTA MADIUN" → "Pemerintah Kota Madiun" (the kop writes it in capitals). */
export const namaPemerintah = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s(.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** "NIP / Nama pengguna" + "Kata sandi"; server messages (400, 429…) shown as they come. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // the region (policy `daerah`) before anyone signs in: public GET /api/daerah
  const [daerah, setDaerah] = useState<{ nama_daerah: string; nama_pemerintah: string } | null>(null);
  useEffect(() => {
    let aktif = true;
    fetch(`${session.apiUrl}/api/daerah`, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((j) => {
        if (aktif && j?.data?.nama_daerah) setDaerah(j.data);
      })
      .catch(() => undefined);
    return () => {
      aktif = false;
    };
  }, []);

  useEffect(() => {
    // already signed in (token or refresh cookie): go to the home page
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!identifier.trim() || !password) {
      setError('mskp.auth.wajib');
      return;
    }
    setLoading(true);
    setError(null);
    try {
      await login({ username: identifier.trim(), password });
    } catch (caught) {
      const message = (caught as Error | undefined)?.message || 'ra.auth.sign_in_error';
      setError(message);
      setLoading(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'flex-start',
        background: 'linear-gradient(160deg, #0d47a1 0%, #1565c0 45%, #e3f2fd 100%)',
        px: 2,
      }}
    >
      <Box sx={{ alignSelf: 'flex-end', p: 1, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 400, mt: { xs: 2, sm: 6 } }} elevation={6}>
        <CardContent sx={{ p: 4 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', mb: 2 }}>
            <Avatar sx={{ bgcolor: 'primary.main', mb: 1 }}>
              <LockOutlinedIcon />
            </Avatar>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {daerah
                ? translate('mskp.app.title_daerah', { daerah: daerah.nama_daerah })
                : translate('mskp.app.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center" data-testid="login-subjudul">
              {daerah
                ? translate('mskp.app.subtitle_daerah', { pemerintah: namaPemerintah(daerah.nama_pemerintah) })
                : translate('mskp.app.subtitle')}
            </Typography>
          </Box>
          <Box component="form" onSubmit={submit} noValidate data-testid="login-form">
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('mskp.auth.petunjuk')}
            </Typography>
            <TextField
              id="username"
              name="username"
              label={translate('mskp.auth.identifier')}
              value={identifier}
              onChange={(event) => setIdentifier(event.target.value)}
              autoComplete="username"
              autoFocus
              fullWidth
              margin="normal"
              required
              disabled={loading}
            />
            <TextField
              id="password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              label={translate('mskp.auth.password')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              fullWidth
              margin="normal"
              required
              disabled={loading}
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={translate(
                          showPassword ? 'ra.input.password.toggle_visible' : 'ra.input.password.toggle_hidden',
                        )}
                        onClick={() => setShowPassword((value) => !value)}
                        edge="end"
                        size="small"
                      >
                        {showPassword ? <VisibilityOff /> : <Visibility />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            {error ? (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="login-error" role="alert">
                {translate(error, { _: error })}
              </Alert>
            ) : null}
            <Button
              type="submit"
              variant="contained"
              fullWidth
              size="large"
              sx={{ mt: 2 }}
              disabled={loading}
              startIcon={loading ? <CircularProgress size={18} color="inherit" /> : null}
              data-testid="login-submit"
            >
              {translate(loading ? 'mskp.auth.sedang_masuk' : 'mskp.auth.masuk')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
