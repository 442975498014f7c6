/**
 * No secret has a default. In production a missing secret stops the server; in development and
 * tests the launch scripts generate them into the environment before Strapi starts.
 */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export function requireSecrets(env: (key: string) => string | undefined) {
  const missing: string[] = REQUIRED_SECRETS.filter((k) => !env(k));
  const client = env('DATABASE_CLIENT') || 'sqlite';
  if (
    process.env.NODE_ENV === 'production' &&
    client === 'postgres' &&
    !env('DATABASE_URL') &&
    !env('DATABASE_PASSWORD')
  ) {
    missing.push('DATABASE_PASSWORD');
  }
  if (missing.length > 0) {
    throw new Error(
      `Konfigurasi rahasia belum lengkap: ${missing.join(', ')}. ` +
        'Isi variabel lingkungan ini (lihat config/.env.example); server tidak dijalankan tanpa rahasia.',
    );
  }
}
