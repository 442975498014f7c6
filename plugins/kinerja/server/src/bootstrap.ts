/** Nothing to start: roles get the kinerja routes through inti's `peran.pastikan` (cms/src/index.ts). */
export default () => {};
