/**
 * react-router's Link forwards refs, so MUI components can use it as
 * `component` (react-admin's Link does not forward refs).
 */
export { Link as RouterLink } from 'react-router-dom';
