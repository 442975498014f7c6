import panel from './panel';

export default { panel };
