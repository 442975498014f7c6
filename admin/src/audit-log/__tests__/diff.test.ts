import { describe, expect, it } from 'vitest';
import { diffRows, showValue } from '../diff';

describe('audit diff', () => {
  it('lists every field and marks changes', () => {
    expect(diffRows({ role: 'pegawai', blocked: false }, { role: 'admin_opd', blocked: false })).toEqual([
      { field: 'blocked', before: false, after: false, changed: false },
      { field: 'role', before: 'pegawai', after: 'admin_opd', changed: true },
    ]);
  });

  it('handles creations, deletions, JSON strings and scalars', () => {
    expect(diffRows(null, { a: 1 })).toEqual([{ field: 'a', before: undefined, after: 1, changed: true }]);
    expect(diffRows('{"a":1}', null)).toEqual([{ field: 'a', before: 1, after: undefined, changed: true }]);
    expect(diffRows('DRAFT', 'DIAJUKAN')).toEqual([
      { field: 'nilai', before: 'DRAFT', after: 'DIAJUKAN', changed: true },
    ]);
    expect(diffRows(null, undefined)).toEqual([]);
  });

  it('showValue', () => {
    expect(showValue(undefined)).toBe('');
    expect(showValue(null)).toBe('null');
    expect(showValue('x')).toBe('x');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
  });
});
