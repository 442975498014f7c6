/** Bootstrap phase of the base plugin: nothing to do here; the composition root (cms) wires roles, migrations and the demo. */
export default () => {};
