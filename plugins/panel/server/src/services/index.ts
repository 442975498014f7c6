import panel from './panel';
import statistik from './statistik';

export default { panel, statistik };
