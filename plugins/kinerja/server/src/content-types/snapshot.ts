/**
 * Snapshot columns of a person at a date (nip, nama, jabatan, unit, golongan) under a prefix, shared by
 * every record that must keep who was who when it was written (SKP, evaluation).
 */
export const snapshot = (awal: string) => ({
  [`${awal}_nip`]: { type: 'string', maxLength: 18 },
  [`${awal}_nama`]: { type: 'string', maxLength: 250 },
  [`${awal}_jabatan`]: { type: 'string', maxLength: 250 },
  [`${awal}_unit`]: { type: 'string', maxLength: 250 },
  [`${awal}_golongan`]: { type: 'string', maxLength: 10 },
});
