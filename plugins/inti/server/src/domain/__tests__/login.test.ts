/**
 * Per-identifier lockout (quality.md: lockout for 15 minutes after 5 failures) and identifier
 * normalisation (a NIP may be typed in its printed, spaced form; service accounts are case-insensitive).
 */
import { terkunciSampai, normalisasiIdentitas, kunciPercobaan, type Percobaan } from '../login';

const ATURAN = { maks_gagal_per_identitas: 5, kunci_menit: 15 };
const T0 = new Date('2026-03-02T01:00:00.000Z');
const menit = (n: number) => new Date(T0.getTime() + n * 60_000);
/** newest first: attempts at T0, T0-1min, T0-2min, … */
const deret = (...hasil: boolean[]): Percobaan[] => hasil.map((berhasil, i) => ({ berhasil, waktu: menit(-i) }));
const G = false;
const B = true;

describe('terkunciSampai (5 failures → 15 minutes)', () => {
  test.each([
    ['no attempts', deret(), menit(1), null],
    ['4 failures', deret(G, G, G, G), menit(1), null],
    ['5 failures, 1 minute later → locked until T0+15', deret(G, G, G, G, G), menit(1), menit(15)],
    ['5 failures, right away', deret(G, G, G, G, G), T0, menit(15)],
    ['5 failures, 14:59 later → still locked', deret(G, G, G, G, G), new Date(menit(15).getTime() - 1000), menit(15)],
    ['5 failures, exactly 15 minutes later → free', deret(G, G, G, G, G), menit(15), null],
    ['5 failures, 16 minutes later → free', deret(G, G, G, G, G), menit(16), null],
    ['a success is the newest attempt', deret(B, G, G, G, G, G), menit(1), null],
    ['a success among the latest five', deret(G, G, B, G, G, G), menit(1), null],
    ['a success as the fifth newest', deret(G, G, G, G, B), menit(1), null],
    ['five newest fail, an older success does not unlock', deret(G, G, G, G, G, B), menit(1), menit(15)],
    ['ten failures: still counted from the newest', deret(G, G, G, G, G, G, G, G, G, G), menit(1), menit(15)],
  ] as [string, Percobaan[], Date, Date | null][])('%s', (_n, percobaan, sekarang, hasil) => {
    const r = terkunciSampai(percobaan, ATURAN, sekarang);
    expect(r ? r.toISOString() : null).toBe(hasil ? hasil.toISOString() : null);
  });

  test('the lock runs from the newest failure, not the oldest', () => {
    const p: Percobaan[] = [
      { berhasil: false, waktu: menit(10) },
      { berhasil: false, waktu: menit(0) },
      { berhasil: false, waktu: menit(-30) },
      { berhasil: false, waktu: menit(-60) },
      { berhasil: false, waktu: menit(-90) },
    ];
    expect(terkunciSampai(p, ATURAN, menit(11))!.toISOString()).toBe(menit(25).toISOString());
  });

  test('the policy numbers are used, not literals', () => {
    const aturan = { maks_gagal_per_identitas: 3, kunci_menit: 60 };
    expect(terkunciSampai(deret(G, G), aturan, menit(1))).toBeNull();
    expect(terkunciSampai(deret(G, G, G), aturan, menit(59))!.toISOString()).toBe(menit(60).toISOString());
    expect(terkunciSampai(deret(G, G, G), aturan, menit(60))).toBeNull();
    expect(terkunciSampai(deret(G), { maks_gagal_per_identitas: 1, kunci_menit: 1 }, T0)!.toISOString()).toBe(
      menit(1).toISOString(),
    );
  });
});

describe('normalisasiIdentitas', () => {
  test.each([
    ['197001012000031001', '197001012000031001'],
    ['19700101 200003 1 001', '197001012000031001'],
    ['  19700101\t200003 1 001 ', '197001012000031001'],
    ['admin', 'admin'],
    ['Admin', 'admin'],
    ['  BKAD  ', 'bkad'],
    ['Inspektorat', 'inspektorat'],
    ['Admin OPD', 'admin opd'],
    ['user@Example.ID', 'user@example.id'],
    ['1970 abc', '1970 abc'],
    ['', ''],
    ['   ', ''],
    [null, ''],
    [undefined, ''],
    // eslint-disable-next-line no-loss-of-precision -- a NIP sent as a JSON number loses its last digits; that is the case under test
    [197001012000031001, ''],
    [{ identifier: 'admin' }, ''],
    [['admin'], ''],
  ])('%p → %p', (input, hasil) => {
    expect(normalisasiIdentitas(input)).toBe(hasil);
  });
});

describe('kunciPercobaan (issue 10 item 3: the lockout bucket is the account)', () => {
  test.each([
    ['a NIP that is an account → its username', '199004042015031004', '199004042015031004', '199004042015031004'],
    [
      'the e-mail of a NIP account → the NIP',
      '199004042015031004@pengguna.mskp.invalid',
      '199004042015031004',
      '199004042015031004',
    ],
    ['a service account by e-mail → its username', 'admin@bkpsdm.madiunkota.go.id', 'admin', 'admin'],
    ['no account → the normalised text', 'tak.ada@contoh.id', null, 'tak.ada@contoh.id'],
    ['no account, undefined → the text', 'tak.ada', undefined, 'tak.ada'],
    ['a long unknown identifier → its first 100 characters', 'x'.repeat(150), null, 'x'.repeat(100)],
  ])('%s', (_n, identifier, username, hasil) => {
    expect(kunciPercobaan(identifier, username)).toBe(hasil);
  });
});
