import type { Core } from '@strapi/strapi';
import fs from 'fs';
import crypto from 'crypto';
import { Readable } from 'stream';
import { GalatMskp, hariIni, tanggalAcuanBulan, pastikan, type Aktor, layanan } from '@m-skp/inti';
import {
  batasByte,
  berkasDto,
  ukuranByte,
  dispositionLampiran,
  jenisBerkas,
  namaAman,
  periksaBerkas,
  urlBukti,
  MIME_DOKUMEN_SKP,
  SEMUA_MIME,
  aturanUnduhBerkas,
  type KebijakanBuktiDukung,
} from '../domain/berkas';
import { sebagaiPemilik, UID } from './skp';
import { aturanDokumenSkp } from '../domain/skp';

const UID_BERKAS = 'plugin::upload.file';
const UID_REALISASI = 'plugin::kinerja.realisasi';

/** What this service reads of the upload plugin's configuration. */
interface KonfigUpload {
  provider?: string;
  sizeLimit?: number | string;
}

/** An uploaded file as the multipart parser (koa-body/formidable) hands it over, or a buffer built in memory. */
export interface BerkasMasuk {
  originalFilename?: string | null;
  name?: string;
  size?: number;
  buffer?: Buffer;
  filepath?: string;
  path?: string;
}

export interface BerkasTersimpan {
  id: number;
  documentId: string;
  name: string;
  mime: string;
  size: number;
}

/** A stored file row (plugin::upload.file) as this service reads and writes it. */
interface BarisBerkas {
  id: number;
  documentId: string;
  name: string;
  mime: string;
  size?: number | string | null;
  provider?: string | null;
  provider_metadata?: { ukuran_byte?: number } | null;
}

/** The realisasi that references an evidence file: its month, pegawai and the SKP of its renaksi. */
export interface RealisasiPemilik {
  id: number;
  documentId: string;
  tahun: number;
  bulan: number;
  pegawai: { id: number } | null;
  rencana_aksi: { id: number; rhk: { id: number; skp: { documentId: string } | null } | null } | null;
}

/** The record that references a stored file. */
export type Pemilik =
  { jenis: 'realisasi'; realisasi: RealisasiPemilik } | { jenis: 'skp'; skp: { documentId: string } };

/** What the upload provider is handed to write (Strapi's file object): the row's fields and the bytes. */
interface BerkasProvider extends Record<string, unknown> {
  buffer: Buffer;
  stream?: Readable;
  url?: string;
  provider_metadata?: Record<string, unknown>;
}

export interface OpsiSimpan {
  /** most files accepted in this call (default: policy `bukti-dukung` maks_berkas) */
  maks?: number;
  /** allowed MIME types (default: every evidence type of domain/berkas) */
  izinkan?: readonly string[];
  /** field named in refusals (default `bukti`) */
  field?: string;
}

/**
 * Evidence files (bukti dukung) and the signed SKP document.
 *
 * Bytes go through Strapi's upload provider (cms/config/plugins.ts: @m-skp/provider-upload-bukti, a
 * private folder outside public/, generated names) and each file is a plugin::upload.file row, so
 * media fields (`realisasi.bukti`, `skp.dokumen_ditandatangani`) link to it as usual. The upload
 * plugin's own `upload()` is not used: it re-encodes images (evidence must stay as sent), checks the
 * size after that re-encoding and trusts the user's file name; here every file of a request is
 * checked by content and size first, then stored, and a failure removes what was stored.
 *
 * Call `simpan` BEFORE your database transaction and `hapus` the result if the transaction fails:
 * bytes on disk do not roll back.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');
  const provider = () => strapi.plugin('upload').provider;
  const konfigUpload = () => strapi.config.get<KonfigUpload>('plugin::upload') ?? {};
  const q = (uid: string) => strapi.db.query(uid);

  const tolak = (kode: string, pesan: string, field: string, detail?: Record<string, unknown>) =>
    new GalatMskp(400, kode, pesan, field, detail);

  /** Writes one checked buffer through the provider and creates its file row (url → /api/bukti/<id>). */
  async function tulis(buffer: Buffer, nama: string, j: { mime: string; ext: string }): Promise<BerkasTersimpan> {
    const data = {
      name: nama,
      hash: crypto.randomBytes(16).toString('hex'),
      ext: `.${j.ext}`,
      mime: j.mime,
      size: Math.round((buffer.length / 1000) * 100) / 100,
      folderPath: '/',
      provider: konfigUpload().provider,
    };
    const p = provider();
    const berkas: BerkasProvider = { ...data, buffer };
    if (typeof p.upload === 'function') {
      await p.upload(berkas);
    } else {
      berkas.stream = Readable.from(buffer);
      await p.uploadStream(berkas);
    }
    let row: BarisBerkas | null = null;
    try {
      const provider_metadata = { ...(berkas.provider_metadata ?? {}), ukuran_byte: buffer.length };
      const dibuat: BarisBerkas = await q(UID_BERKAS).create({
        data: { ...data, url: berkas.url ?? '', provider_metadata },
      });
      row = dibuat;
      row = (await q(UID_BERKAS).update({
        where: { id: dibuat.id },
        data: { url: urlBukti(dibuat.id) },
      })) as BarisBerkas;
    } catch (e) {
      await p.delete(berkas).catch(() => undefined);
      const id = row?.id;
      if (id)
        await q(UID_BERKAS)
          .delete({ where: { id } })
          .catch(() => undefined);
      throw e;
    }
    return { id: row.id, documentId: row.documentId, name: row.name, mime: row.mime, size: buffer.length };
  }

  return {
    /** Policy `bukti-dukung` in force on a date (default today). */
    kebijakan(tanggal: string = hariIni()): KebijakanBuktiDukung {
      return layanan(strapi, 'inti', 'kebijakan').nilai('bukti-dukung', tanggal);
    },

    /** Size limit per file in bytes: the upload plugin's sizeLimit (UPLOAD_BATAS_BYTE), lowered by the policy's batas_byte. */
    batasByte(tanggal?: string): number {
      return batasByte(Number(konfigUpload().sizeLimit) || undefined, this.kebijakan(tanggal).batas_byte);
    },

    /**
     * Checks ALL files (count, size, magic bytes) and refuses the batch with 400 `BUKTI_TERLALU_BANYAK`,
     * `BERKAS_TERLALU_BESAR` or `JENIS_BERKAS_DITOLAK` (field `bukti`) before storing the first; then stores
     * them; if one fails, the ones already stored are removed.
     */
    async simpan(files: BerkasMasuk[], opts: OpsiSimpan = {}): Promise<BerkasTersimpan[]> {
      const daftar = (files ?? []).filter(Boolean);
      if (!daftar.length) return [];
      const field = opts.field ?? 'bukti';
      const maks = opts.maks ?? this.kebijakan().maks_berkas;
      const batas = this.batasByte();
      const isi = new Map<BerkasMasuk, Buffer>();
      const baca = (f: BerkasMasuk) => {
        if (!isi.has(f))
          isi.set(f, Buffer.isBuffer(f.buffer) ? f.buffer : fs.readFileSync((f.filepath ?? f.path) as string));
        return isi.get(f)!;
      };
      const r = periksaBerkas(
        daftar.map((f) => ({
          nama: String(f.originalFilename ?? f.name ?? 'berkas'),
          ukuran: Number(f.size ?? (Buffer.isBuffer(f.buffer) ? f.buffer.length : 0)),
          isi: () => baca(f),
        })),
        { maks: Math.max(0, maks), batasByte: batas, izinkan: opts.izinkan ?? SEMUA_MIME },
      );
      if (!r.ok) throw tolak(r.kode, r.pesan, field, r.nama ? { berkas: r.nama } : undefined);
      // The size from the multipart parser was checked; the bytes read must agree (no swap in between).
      const buffer = daftar.map(baca);
      const besar = buffer.findIndex((b) => b.length > batas);
      if (besar >= 0)
        throw tolak(
          'BERKAS_TERLALU_BESAR',
          `Berkas "${daftar[besar].originalFilename ?? 'berkas'}" melebihi batas ukuran.`,
          field,
        );

      const tersimpan: BerkasTersimpan[] = [];
      try {
        for (let i = 0; i < daftar.length; i++) {
          tersimpan.push(
            await tulis(buffer[i], namaAman(daftar[i].originalFilename ?? daftar[i].name, r.jenis[i]), r.jenis[i]),
          );
        }
      } catch (e) {
        await this.hapus(tersimpan.map((b) => b.id)).catch((x: unknown) =>
          strapi.log.error(`Bukti dukung: gagal membersihkan berkas: ${(x as Error | undefined)?.message ?? x}`),
        );
        throw e;
      }
      return tersimpan;
    },

    /** One file from memory (demo seed, imports); same checks as `simpan`. */
    async simpanBuffer(
      { buffer, nama }: { buffer: Buffer; nama: string },
      opts: OpsiSimpan = {},
    ): Promise<BerkasTersimpan> {
      const [b] = await this.simpan([{ buffer, originalFilename: nama, size: buffer.length }], { maks: 1, ...opts });
      return b;
    },

    /** Removes file rows and their bytes (unknown ids are ignored). */
    async hapus(fileIds: number[]): Promise<void> {
      const ids = [...new Set((fileIds ?? []).map(Number).filter((x) => Number.isInteger(x) && x > 0))];
      if (!ids.length) return;
      const upload = strapi.plugin('upload').service('upload');
      for (const row of await q(UID_BERKAS).findMany({ where: { id: { $in: ids } } })) await upload.remove(row);
    },

    /** Who owns a stored file: the realisasi or SKP that references it, or null. */
    async pemilik(fileId: number): Promise<Pemilik | null> {
      const realisasi: RealisasiPemilik | null = await q(UID_REALISASI).findOne({
        where: { bukti: { id: fileId } },
        select: ['id', 'documentId', 'tahun', 'bulan'],
        populate: {
          pegawai: { select: ['id'] },
          rencana_aksi: {
            select: ['id'],
            populate: { rhk: { select: ['id'], populate: { skp: { select: ['documentId'] } } } },
          },
        },
      });
      if (realisasi) return { jenis: 'realisasi', realisasi };
      const skp: { documentId: string } | null = await q(UID.skp).findOne({
        where: { dokumen_ditandatangani: { id: fileId } },
        select: ['documentId'],
      });
      return skp ? { jenis: 'skp', skp } : null;
    },

    /**
     * May the actor read the files of this owner? A realisasi's evidence belongs to the month's
     * data: whoever relates to the pegawai at the month's reference date (scope service), or the penilai of the
     * Plt post its SKP is for at that date. The signed SKP document: whoever may see the SKP.
     */
    async bolehUnduh(aktor: Aktor, p: Pemilik): Promise<boolean> {
      if (p.jenis === 'skp') {
        const s = await skpSvc().muat(p.skp.documentId);
        return (await skpSvc().kedudukan(aktor, s)).bolehLihat;
      }
      const r = p.realisasi;
      if (!r.pegawai?.id) return false;
      const tanggal = tanggalAcuanBulan(r.tahun, r.bulan);
      if ((await cakupan().hubungan(aktor, r.pegawai.id, tanggal)) != null) return true;
      const dokSkp = r.rencana_aksi?.rhk?.skp?.documentId;
      if (!dokSkp || aktor.pegawaiId == null) return false;
      const penilai = await skpSvc().penilaiSkp(await skpSvc().muat(dokSkp), tanggal);
      return !!penilai && Number(penilai.pegawaiId) === aktor.pegawaiId;
    },

    /**
     * GET /api/bukti/:id (id = the file id of `bukti[].id` / `dokumen.id`): the file as an attachment,
     * when the caller may see the realisasi or SKP that references it. 404 unknown or unreferenced.
     */
    async unduh(aktor: Aktor, idParam: string) {
      const tidakAda = () => new GalatMskp(404, 'BERKAS_TIDAK_DITEMUKAN', 'Berkas tidak ditemukan.');
      if (!/^\d{1,15}$/.test(String(idParam ?? ''))) throw tidakAda();
      const row: BarisBerkas | null = await q(UID_BERKAS).findOne({ where: { id: Number(idParam) } });
      if (!row) throw tidakAda();
      const p = await this.pemilik(row.id);
      if (!p) throw tidakAda();
      const prov = provider();
      pastikan(
        aturanUnduhBerkas({
          boleh: await this.bolehUnduh(aktor, p),
          penyimpananMendukung: typeof prov.bacaStream === 'function' && row.provider === konfigUpload().provider,
        }),
      );
      let stream: NodeJS.ReadableStream;
      try {
        stream = await prov.bacaStream(row);
      } catch (e) {
        const g = e as NodeJS.ErrnoException | undefined;
        strapi.log.warn(`Bukti dukung ${row.id}: isi berkas tidak ada di penyimpanan (${g?.code ?? g?.message})`);
        throw tidakAda();
      }
      const mime = SEMUA_MIME.includes(row.mime) ? row.mime : 'application/octet-stream';
      return {
        stream,
        mime,
        nama: row.name as string,
        ukuran: ukuranByte(row) || null,
        disposition: dispositionLampiran(row.name),
      };
    },

    /**
     * POST /api/skp/:id/dokumen (multipart `dokumen`, one PDF/JPEG/PNG; `files` as the controller read them) by the owner of a DISETUJUI SKP:
     * stores it, links it (replacing and removing the previous one), stamps `dokumen_diunggah_pada`,
     * audit `SKP_DOKUMEN_DIUNGGAH`. Order: 404, 403 BUKAN_PEMILIK, 409 SKP_STATUS_TIDAK_SESUAI, 400.
     */
    async unggahDokumenSkp(aktor: Aktor, skpDocumentId: string, files: BerkasMasuk[]) {
      const s = await skpSvc().muat(skpDocumentId);
      const pemilik = aktor.pegawaiId != null && aktor.pegawaiId === s.pegawai?.id;
      pastikan(aturanDokumenSkp({ pemilik, status: s.status }));
      pastikan(aturanDokumenSkp({ pemilik, status: s.status, berkas: files.length }));
      const [baru] = await this.simpan(files, { maks: 1, izinkan: MIME_DOKUMEN_SKP, field: 'dokumen' });

      let lama: Pick<BarisBerkas, 'id' | 'name'> | null = null;
      try {
        await strapi.db.transaction(async () => {
          const kini: {
            id: number;
            status: string;
            dokumen_ditandatangani: Pick<BarisBerkas, 'id' | 'name'> | null;
          } | null = await q(UID.skp).findOne({
            where: { id: s.id },
            select: ['id', 'status'],
            populate: { dokumen_ditandatangani: { select: ['id', 'name'] } },
          });
          pastikan(aturanDokumenSkp({ pemilik, status: kini?.status }));
          lama = kini?.dokumen_ditandatangani ?? null;
          await q(UID.skp).update({
            where: { id: s.id },
            data: { dokumen_ditandatangani: baru.id, dokumen_diunggah_pada: new Date() },
          });
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: 'SKP_DOKUMEN_DIUNGGAH',
            objekTipe: 'skp',
            objekId: s.documentId,
            sebelum: lama ? { dokumen: { id: lama.id, nama: lama.name } } : null,
            sesudah: { dokumen: { id: baru.id, nama: baru.name, mime: baru.mime, ukuran: baru.size } },
            bertindakSebagai: sebagaiPemilik(s.penugasan?.jenis),
          });
        });
      } catch (e) {
        await this.hapus([baru.id]);
        throw e;
      }
      const lamaId = (lama as Pick<BarisBerkas, 'id'> | null)?.id;
      if (lamaId != null && lamaId !== baru.id) {
        await this.hapus([lamaId]).catch((x: unknown) =>
          strapi.log.error(`Dokumen SKP lama ${lamaId} gagal dihapus: ${(x as Error | undefined)?.message ?? x}`),
        );
      }
      return {
        id: s.documentId,
        dokumen: berkasDto({ id: baru.id, name: baru.name, provider_metadata: { ukuran_byte: baru.size } }),
        final: true,
      };
    },

    /** `jenisBerkas` for callers that hold a buffer (e.g. imports). */
    jenisBerkas,
  };
};
