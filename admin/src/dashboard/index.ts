export { Dashboard } from './Dashboard';
export { BarChart, topN } from './BarChart';
