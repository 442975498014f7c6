/**
 * A refusal that the API reports in Strapi's error shape with an Indonesian message and a stable
 * machine code: {data:null, error:{status, name, message, details:{code, field}}}.
 */
export const NAMA_GALAT: Record<number, string> = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  409: 'ConflictError',
  413: 'PayloadTooLargeError',
  423: 'LockedError',
  429: 'RateLimitError',
};

export class GalatMskp extends Error {
  readonly status: number;
  readonly kode: string;
  readonly field?: string;
  readonly detail?: Record<string, unknown>;
  constructor(status: number, kode: string, pesan: string, field?: string, detail?: Record<string, unknown>) {
    super(pesan);
    this.name = 'GalatMskp';
    this.status = status;
    this.kode = kode;
    this.field = field;
    this.detail = detail;
  }
  get body() {
    return {
      data: null,
      error: {
        status: this.status,
        name: NAMA_GALAT[this.status] ?? 'ApplicationError',
        message: this.message,
        details: { code: this.kode, ...(this.field ? { field: this.field } : {}), ...(this.detail ?? {}) },
      },
    };
  }
}

export const galat = {
  validasi: (kode: string, pesan: string, field?: string, detail?: Record<string, unknown>) =>
    new GalatMskp(400, kode, pesan, field, detail),
  dilarang: (pesan = 'Anda tidak berwenang atas data ini.', kode = 'AKSES_DITOLAK') => new GalatMskp(403, kode, pesan),
  tidakAda: (pesan: string, kode = 'TIDAK_DITEMUKAN') => new GalatMskp(404, kode, pesan),
  konflik: (kode: string, pesan: string, detail?: Record<string, unknown>) =>
    new GalatMskp(409, kode, pesan, undefined, detail),
};

/**
 * Whether a database error is a unique-index violation (PostgreSQL 23505, SQLite's UNIQUE constraint):
 * the loser of two concurrent first writes, which the services answer with a 409 instead of a 500.
 * A GalatMskp is never one (a refusal already mapped).
 */
export const unikDilanggar = (e: any): boolean =>
  !(e instanceof GalatMskp) &&
  (e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /unique/i.test(String(e?.message ?? '')));
