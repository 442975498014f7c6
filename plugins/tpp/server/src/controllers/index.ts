import kunci from './kunci';

export default { kunci };
