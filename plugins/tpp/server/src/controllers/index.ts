import kunci from './kunci';
import tpp from './tpp';

export default { kunci, tpp };
