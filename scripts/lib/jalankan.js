'use strict';
/** Runs a command with inherited output; resolves with its exit code (never rejects). */
const { spawn } = require('child_process');
const { AKAR, lingkungan } = require('./env');

function jalankan(perintah, argumen, opsi = {}) {
  return new Promise((resolve) => {
    const anak = spawn(perintah, argumen, {
      cwd: opsi.cwd ?? AKAR,
      env: lingkungan(opsi.env),
      stdio: opsi.stdio ?? 'inherit',
    });
    anak.on('error', (e) => {
      console.error(`Gagal menjalankan ${perintah}: ${e.message}`);
      resolve(127);
    });
    anak.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like jalankan, but stops the process when the command fails. */
async function wajib(perintah, argumen, opsi) {
  const kode = await jalankan(perintah, argumen, opsi);
  if (kode !== 0) {
    console.error(`\n✖ ${perintah} ${argumen.join(' ')} gagal (kode ${kode}).`);
    process.exit(kode);
  }
}

module.exports = { jalankan, wajib };
