'use strict';
/**
 * Private local upload provider for M-SKP evidence (bukti dukung) and signed SKP documents.
 *
 * Strapi's upload plugin resolves `config.provider` with require.resolve('@strapi/provider-upload-<name>')
 * and falls back to require('<name>'), so cms/config/plugins.ts names this package directly.
 *
 * Unlike @strapi/provider-upload-local it never writes under public/ (which Strapi serves to anyone):
 * bytes go to `providerOptions.folder` (env BUKTI_FOLDER, default <repo>/cms/.data/bukti) under the
 * name `<hash><ext>`, where hash and ext must be generated ones (hex/base64url and a short lowercase
 * extension); a user-supplied name or path is refused, so nothing the user typed reaches the disk.
 * Files are read back only through M-SKP's authorised download route (`bacaStream`).
 */
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const POLA_HASH = /^[A-Za-z0-9_-]{8,128}$/;
const POLA_EXT = /^(\.[a-z0-9]{1,10})?$/;

function init(opsi = {}) {
  const folder = path.resolve(opsi.folder || process.env.BUKTI_FOLDER || path.join(process.cwd(), '.data', 'bukti'));
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });

  /** Absolute path of a stored file; throws for anything but a generated name. */
  function lokasi(file) {
    const hash = String(file?.hash ?? '');
    const ext = String(file?.ext ?? '').toLowerCase();
    if (!POLA_HASH.test(hash) || !POLA_EXT.test(ext))
      throw new Error('Nama berkas penyimpanan tidak valid (harus nama bangkitan).');
    const p = path.join(folder, hash + ext);
    if (path.dirname(p) !== folder) throw new Error('Lokasi berkas di luar folder bukti.');
    return p;
  }

  async function tulis(file, sumber) {
    const tujuan = lokasi(file);
    const sementara = `${tujuan}.${process.pid}.tmp`;
    try {
      // 'wx': never overwrite an existing file (hash collision or replay).
      if (Buffer.isBuffer(sumber)) await fs.promises.writeFile(sementara, sumber, { flag: 'wx', mode: 0o600 });
      else await pipeline(sumber, fs.createWriteStream(sementara, { flags: 'wx', mode: 0o600 }));
      await fs.promises.link(sementara, tujuan); // fails when the target exists
    } finally {
      await fs.promises.rm(sementara, { force: true });
    }
    // Not a public URL: M-SKP rewrites it to /api/bukti/<id> once the file row exists.
    file.url = `bukti-privat:${path.basename(tujuan)}`;
  }

  return {
    folder,
    lokasi,
    uploadStream(file) {
      return tulis(file, file.stream);
    },
    upload(file) {
      return tulis(file, file.buffer);
    },
    async delete(file) {
      await fs.promises.rm(lokasi(file), { force: true });
    },
    /** Readable stream of a stored file (download route). */
    async bacaStream(file) {
      const p = lokasi(file);
      await fs.promises.access(p, fs.constants.R_OK);
      return fs.createReadStream(p);
    },
    /** true when the bytes of the file are present. */
    async ada(file) {
      try {
        await fs.promises.access(lokasi(file), fs.constants.R_OK);
        return true;
      } catch {
        return false;
      }
    },
    isPrivate() {
      return true;
    },
    getSignedUrl(file) {
      return { url: file.url };
    },
  };
}

module.exports = { init };
