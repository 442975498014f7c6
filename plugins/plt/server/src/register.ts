import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';
import { sinkronPlt } from './panel/sinkron-plt';

/**
 * Register phase: the sync joins kinerja's evaluation write (same transaction: a saved evaluation and its
 * pegawai's PLT perilaku are never out of step), and the run log becomes the panel resource `sinkron-plt`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sinkron = layanan(strapi, 'plt', 'sinkron');
  layanan(strapi, 'kinerja', 'evaluasi').daftarkanSetelahTulis((t) => sinkron.setelahTulisEvaluasi(t));
  layanan(strapi, 'panel', 'registri').daftarkan('sinkron-plt', sinkronPlt);
};
