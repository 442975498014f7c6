/** IKI target parsing: numbers and ranges in Indonesian notation; anything else names the field `target`. */
import { uraiTarget } from '../target';

describe('accepted targets', () => {
  test.each([
    ['80', 80, 80],
    ['80,5', 80.5, 80.5],
    ['80.5', 80.5, 80.5],
    ['0', 0, 0],
    ['100', 100, 100],
    ['1.250', 1250, 1250],
    ['1.250,75', 1250.75, 1250.75],
    [' 12 ', 12, 12],
    ['80-90', 80, 90],
    ['80 - 90', 80, 90],
    ['80 – 90', 80, 90],
    ['80—90', 80, 90],
    ['80,5-90,5', 80.5, 90.5],
    ['80 s.d. 90', 80, 90],
    ['80 s.d 90', 80, 90],
    ['80 sampai dengan 90', 80, 90],
    ['85-85', 85, 85],
    [75, 75, 75],
    [0.5, 0.5, 0.5],
  ] as const)('%j → %d..%d', (masukan, min, max) => {
    expect(uraiTarget(masukan)).toMatchObject({ ok: true, min, max });
  });

  test('the text is kept as typed (spaces folded)', () => {
    expect(uraiTarget('80  –  90')).toMatchObject({ ok: true, teks: '80 – 90' });
  });
});

describe('refused targets', () => {
  test.each([
    ['banyak'],
    ['80%'],
    ['± 80'],
    ['-5'],
    ['80-'],
    ['-90'],
    ['90-80'],
    ['80-90-100'],
    [''],
    ['   '],
    [null],
    [undefined],
    [{}],
    [NaN],
    [-1],
    ['1e3'],
    ['80,'],
    ['x80'],
  ])('%j → 400 TARGET_TIDAK_VALID on field target', (masukan) => {
    expect(uraiTarget(masukan)).toMatchObject({ ok: false, kode: 'TARGET_TIDAK_VALID', field: 'target' });
  });

  test('a reversed range says so', () => {
    const r = uraiTarget('90-80');
    expect(!r.ok && r.pesan).toMatch(/terbalik/);
  });
});
