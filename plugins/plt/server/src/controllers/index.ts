import sinkron from './sinkron';

export default { sinkron };
