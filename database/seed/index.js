'use strict';
// placeholder replaced by the demo generator
module.exports.buatKotaDemo = async () => ({ pegawai: 0 });
