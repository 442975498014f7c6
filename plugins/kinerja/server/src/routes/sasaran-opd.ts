import type { Rute } from '@m-skp/inti';

/** OPD-level sasaran/PK (duplicate-indicator cross-check of the Kepala OPD's SKP): no routes of its own. */
export default [] as Rute[];
