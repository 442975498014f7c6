/** OPD-level sasaran/PK (duplicate-indicator cross-check of the Kepala OPD's SKP). */
export default [] as ReturnType<typeof import('./r').r>[];
