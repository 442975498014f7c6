import kunci from './kunci';
import hitung from './hitung';
import tpp from './tpp';

export default { kunci, hitung, tpp };
