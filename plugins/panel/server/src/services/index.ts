import panel from './panel';
import statistik from './statistik';
import registri from './registri';

export default { panel, statistik, registri };
