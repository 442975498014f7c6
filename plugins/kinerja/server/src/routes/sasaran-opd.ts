import type { Rute } from '@m-skp/inti/dist/server/rute';

/** OPD-level sasaran/PK (duplicate-indicator cross-check of the Kepala OPD's SKP): no routes of its own. */
export default [] as Rute[];
