import { keputusanLihatTpp, type FaktaLihatTpp } from '../lihat';
import { tolak } from '@m-skp/inti';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('who may read whose TPP lines', () => {
  test.each<[string, FaktaLihatTpp, string]>([
    ['no nip asked: the scoped list', {}, 'OK'],
    ['a pegawai in the scope', { dalamCakupan: true }, 'OK'],
    ['a pegawai outside the scope', { dalamCakupan: false }, 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, f, harap) => expect(kode(keputusanLihatTpp(f))).toBe(harap));

  test('message and field', () => {
    expect(keputusanLihatTpp({ dalamCakupan: false })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berhak melihat TPP pegawai ini.', 'nip'),
    );
  });
});
