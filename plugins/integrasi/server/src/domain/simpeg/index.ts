/** The SIMPEG consistency monitor's pure core: the field mapping, the normal forms, the comparison, the counts. */
export * from './normalisasi';
export * from './pemetaan';
export * from './selisih';
export * from './ringkasan';
