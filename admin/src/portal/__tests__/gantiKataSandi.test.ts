import { describe, expect, it } from 'vitest';
import { validateGantiKataSandi } from '../GantiKataSandi';

describe('validateGantiKataSandi', () => {
  const ok = { currentPassword: 'Madiun#2026', password: 'BaruSekali#1', passwordConfirmation: 'BaruSekali#1' };

  it.each([
    ['valid', ok, {}],
    [
      'all empty',
      { currentPassword: '', password: '', passwordConfirmation: '' },
      {
        currentPassword: 'ra.validation.required',
        password: 'ra.validation.required',
        passwordConfirmation: 'ra.validation.required',
      },
    ],
    ['too short', { ...ok, password: 'a1', passwordConfirmation: 'a1' }, { password: 'mskp.error.sandi_pendek' }],
    [
      'aaaaaa (issue 10 item 9): too short',
      { ...ok, password: 'aaaaaa', passwordConfirmation: 'aaaaaa' },
      { password: 'mskp.error.sandi_pendek' },
    ],
    [
      'letters only (the server policy)',
      { ...ok, password: 'hanyahurufsaja', passwordConfirmation: 'hanyahurufsaja' },
      { password: 'mskp.error.sandi_lemah' },
    ],
    [
      'longer than 72 bytes',
      { ...ok, password: 'a1'.repeat(37), passwordConfirmation: 'a1'.repeat(37) },
      { password: 'mskp.error.sandi_panjang' },
    ],
    [
      'same as current',
      { ...ok, password: ok.currentPassword, passwordConfirmation: ok.currentPassword },
      { password: 'mskp.error.sandi_sama' },
    ],
    [
      'confirmation differs',
      { ...ok, passwordConfirmation: 'BaruSekali#2' },
      { passwordConfirmation: 'mskp.error.sandi_tidak_cocok' },
    ],
  ])('%s', (_name, values, expected) => {
    expect(validateGantiKataSandi(values)).toEqual(expected);
  });
});
