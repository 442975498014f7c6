/**
 * Roles get the kinerja routes through inti's `peran.pastikan` (cms/src/index.ts). kinerja has no scheduled
 * job of its own: the PLT perilaku sync (nightly and after penugasan changes) belongs to the plt plugin.
 */
export default () => {};
