import { skemaBerakhlak, skemaKinerjaIki } from './domain/skp';
import { skemaCapaian } from './domain/capaian';
import { skemaPredikat } from './domain/predikat';
import { skemaBuktiDukung } from './domain/berkas';
import { skp, rhk, iki } from './panel';
import { rencanaAksi, realisasi } from './panel/renaksi';
import { daftarkanPenjagaKinerja } from './services/penjaga';
import { daftarkanSasaranOpd } from './panel/sasaran-opd';
import { evaluasi } from './panel/evaluasi';
import { skemaEvaluasi } from './domain/evaluasi';

/** Register phase: policy schemas (validated at inti's bootstrap), the document guard and the panel resources. */
export default ({ strapi }: { strapi: any }) => {
  const kebijakan = strapi.plugin('inti').service('kebijakan');
  kebijakan.daftarkanSkema('berakhlak', skemaBerakhlak);
  kebijakan.daftarkanSkema('kinerja-iki', skemaKinerjaIki);
  kebijakan.daftarkanSkema('bukti-dukung', skemaBuktiDukung);
  kebijakan.daftarkanSkema('capaian', skemaCapaian);
  kebijakan.daftarkanSkema('predikat', skemaPredikat);
  kebijakan.daftarkanSkema('evaluasi', skemaEvaluasi);
  daftarkanPenjagaKinerja(strapi);
  const registri = strapi.plugin('panel').service('registri');
  registri.daftarkan('skp', skp);
  registri.daftarkan('rhk', rhk);
  registri.daftarkan('iki', iki);
  registri.daftarkan('rencana-aksi', rencanaAksi);
  registri.daftarkan('realisasi', realisasi);
  registri.daftarkan('evaluasi', evaluasi);
  daftarkanSasaranOpd(strapi);
};
