/** The pure core of the eKAK → M-SKP pull: mapping, plan, apply (README "eKAK pull: the plan"). */
export * from './jenis';
export * from './petakan';
export * from './rencana';
export * from './terapkan';
