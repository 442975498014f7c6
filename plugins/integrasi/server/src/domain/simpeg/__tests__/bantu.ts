import fs from 'fs';
import path from 'path';
import { validasiBerkasKebijakan, versiPada, type VersiKebijakan } from '@m-skp/inti';
import { NAMA_KEBIJAKAN_PEMETAAN_SIMPEG, skemaPemetaanSimpeg, type PemetaanSimpeg } from '../pemetaan';

/** The repository's config/kebijakan/pemetaan-simpeg.json, validated as inti's bootstrap does, in force today. */
export function pemetaanRepo(): PemetaanSimpeg {
  const berkas = path.resolve(
    __dirname,
    '../../../../../../../config/kebijakan',
    `${NAMA_KEBIJAKAN_PEMETAAN_SIMPEG}.json`,
  );
  const r = validasiBerkasKebijakan(JSON.parse(fs.readFileSync(berkas, 'utf8')), berkas, {
    [NAMA_KEBIJAKAN_PEMETAAN_SIMPEG]: skemaPemetaanSimpeg,
  });
  if (!r.ok) throw new Error(r.masalah.join('\n'));
  const v = versiPada(r.berkas.versi as VersiKebijakan<PemetaanSimpeg>[], new Date().toISOString().slice(0, 10));
  if (!v) throw new Error('tidak ada versi pemetaan-simpeg yang berlaku hari ini');
  return v.nilai;
}
