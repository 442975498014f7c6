import type { Iki, IkiInput, JenisRhk, JenisSkp, Rhk, RhkInput } from '../../dataProvider/types';
import { butuhRhkAtasan, pakaiAspek, pakaiPerspektif } from '../aturan';

/**
 * The fields of the two plan dialogs (RHK, IKI) as plain data: the starting values from the record being
 * edited (or the defaults of a new one), what is still missing, and the body sent to the server.
 */

export interface IsianRhk {
  jenis: JenisRhk;
  uraian: string;
  atasanId: string;
  perspektif: string;
}

export interface IsianIki {
  uraian: string;
  aspek: string;
  target: string;
  satuan: string;
  polaritas: string;
  sifat: string;
}

export const awalRhk = (rhk: Rhk | null): IsianRhk => ({
  jenis: rhk?.jenis ?? 'UTAMA',
  uraian: rhk?.uraian ?? '',
  atasanId: rhk?.rhk_atasan?.id ?? '',
  perspektif: rhk?.perspektif ?? '',
});

export const awalIki = (iki: Iki | null): IsianIki => ({
  uraian: iki?.uraian ?? '',
  aspek: iki?.aspek ?? 'KUANTITAS',
  target: String(iki?.target ?? ''),
  satuan: iki?.satuan ?? '',
  polaritas: iki?.polaritas ?? 'NAIK',
  sifat: iki?.sifat_target ?? 'NON_KUMULATIF',
});

/** An RHK: the parent RHK is asked for a non-JPT UTAMA, the perspective for a JPT (mandatory on UTAMA). */
export const periksaRhk = (jenisSkp: JenisSkp, f: IsianRhk) => {
  const perluAtasan = butuhRhkAtasan(jenisSkp, f.jenis);
  const perluPerspektif = pakaiPerspektif(jenisSkp);
  const kurang =
    !f.uraian.trim() || (perluAtasan && !f.atasanId) || (perluPerspektif && f.jenis === 'UTAMA' && !f.perspektif);
  const input: RhkInput = {
    jenis: f.jenis,
    uraian: f.uraian.trim(),
    rhk_atasan_id: perluAtasan ? f.atasanId : null,
    perspektif: perluPerspektif && f.perspektif ? (f.perspektif as RhkInput['perspektif']) : null,
  };
  return { perluAtasan, perluPerspektif, kurang, input };
};

/** An IKI: uraian, target and satuan are mandatory; the aspect is sent only where it is used (not JPT). */
export const periksaIki = (jenisSkp: JenisSkp, f: IsianIki) => {
  const perluAspek = pakaiAspek(jenisSkp);
  const kurang = !f.uraian.trim() || !f.target.trim() || !f.satuan.trim();
  const input: IkiInput = {
    uraian: f.uraian.trim(),
    ...(perluAspek ? { aspek: f.aspek as IkiInput['aspek'] } : {}),
    target: f.target.trim(),
    satuan: f.satuan.trim(),
    polaritas: f.polaritas as IkiInput['polaritas'],
    sifat_target: f.sifat as IkiInput['sifat_target'],
  };
  return { perluAspek, kurang, input };
};
