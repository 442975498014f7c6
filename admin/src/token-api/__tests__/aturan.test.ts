import { describe, expect, it } from 'vitest';
import { CAKUPAN_TOKEN, bolehCabut, bolehPutar, isianTokenApi, pilihanCakupan } from '../aturan';
import id from '../../i18n/id';
import en from '../../i18n/en';

const lookup = (messages: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('Token API screen rules (issue 10 item 10)', () => {
  it('offers exactly the five scopes of api.md, each with an Indonesian and an English label', () => {
    expect(CAKUPAN_TOKEN).toEqual([
      'rencana-aksi:read',
      'rencana-aksi:write',
      'presensi:write',
      'spip:read',
      'legacy:read',
    ]);
    for (const { name } of pilihanCakupan()) {
      expect({ name, id: typeof lookup(id, name) }).toEqual({ name, id: 'string' });
      expect({ name, en: typeof lookup(en, name) }).toEqual({ name, en: 'string' });
    }
  });

  it.each([
    [
      { nama: '  eKAK ', cakupan: ['rencana-aksi:write', 'rencana-aksi:read'] },
      { nama: 'eKAK', cakupan: ['rencana-aksi:read', 'rencana-aksi:write'] },
    ],
    [
      { nama: 'spip', cakupan: ['spip:read', 'lain'], kode_opd: '', berlaku_sampai: '' },
      { nama: 'spip', cakupan: ['spip:read'] },
    ],
    [
      { nama: 'x', cakupan: ['presensi:write'], kode_opd: ' 1.11.01 ', berlaku_sampai: '2026-12-31' },
      { nama: 'x', cakupan: ['presensi:write'], kode_opd: '1.11.01', berlaku_sampai: '2026-12-31' },
    ],
    [
      { nama: 'x', berlaku_sampai: '2026-12-31T00:00:00.000Z' },
      { nama: 'x', cakupan: [], berlaku_sampai: '2026-12-31' },
    ],
    [{}, { nama: '', cakupan: [] }],
  ])('form %j → body %j', (nilai, body) => {
    expect(isianTokenApi(nilai)).toEqual(body);
  });

  it('rotate only an active token; revoke any token not yet revoked', () => {
    expect([bolehPutar('AKTIF'), bolehPutar('KEDALUWARSA'), bolehPutar('DICABUT'), bolehPutar(undefined)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([bolehCabut('AKTIF'), bolehCabut('KEDALUWARSA'), bolehCabut('DICABUT'), bolehCabut(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
