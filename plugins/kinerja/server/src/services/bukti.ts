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

/** A stored evidence file (a row of plugin::upload.file); `size` in bytes. */
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

/** The record that references a stored file. */
export type Pemilik = { jenis: 'realisasi'; realisasi: any } | { jenis: 'skp'; skp: any };

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
    const data: Record<string, any> = {
      name: nama,
      hash: crypto.randomBytes(16).toString('hex'),
      ext: `.${j.ext}`,
      mime: j.mime,
      size: Math.round((buffer.length / 1000) * 100) / 100,
      folderPath: '/',
      provider: konfigUpload().provider,
    };
    const p = provider();
    const berkas: any = { ...data, buffer };
    if (typeof p.upload === 'function') {
      await p.upload(berkas);
    } else {
      berkas.stream = Readable.from(buffer);
      await p.uploadStream(berkas);
    }
    let row: any;
    try {
      const provider_metadata = { ...(berkas.provider_metadata ?? {}), ukuran_byte: buffer.length };
      row = await q(UID_BERKAS).create({ data: { ...data, url: berkas.url ?? '', provider_metadata } });
      row = await q(UID_BERKAS).update({ where: { id: row.id }, data: { url: urlBukti(row.id) } });
    } catch (e) {
      await p.delete(berkas).catch(() => undefined);
      if (row?.id)
        await q(UID_BERKAS)
          .delete({ where: { id: row.id } })
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

    /** The uploaded files of one multipart field (koa-body/formidable), always as an array. */
    normalisasiFiles(ctx: any, field = 'bukti'): BerkasMasuk[] {
      const f = ctx?.request?.files?.[field];
      if (!f) return [];
      return (Array.isArray(f) ? f : [f]).filter(Boolean);
    },

    /**
     * Checks ALL files (count, size, magic bytes) and refuses the batch with 400 `BUKTI_TERLALU_BANYAK`,
     * `BERKAS_TERLALU_BESAR` or `JENIS_BERKAS_DITOLAK` (field `bukti`) before storing any; then stores
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
      const realisasi = await q(UID_REALISASI).findOne({
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
      const skp = await q(UID.skp).findOne({
        where: { dokumen_ditandatangani: { id: fileId } },
        select: ['documentId'],
      });
      return skp ? { jenis: 'skp', skp } : null;
    },

    /**
     * May the actor of the request read the files of this owner? A realisasi's evidence belongs to the month's
     * data: whoever relates to the pegawai at the month's reference date (scope service), or the penilai of the
     * Plt post its SKP is for at that date. The signed SKP document: whoever may see the SKP.
     */
    async bolehUnduh(ctx: any, p: Pemilik): Promise<boolean> {
      if (p.jenis === 'skp') return (await skpSvc().kedudukan(ctx, await skpSvc().muat(p.skp.documentId))).bolehLihat;
      const r = p.realisasi;
      if (!r.pegawai?.id) return false;
      const aktor: Aktor = await cakupan().aktor(ctx);
      const tanggal = tanggalAcuanBulan(r.tahun, r.bulan);
      if ((await cakupan().hubungan(aktor, r.pegawai.id, tanggal, ctx.state)) != null) return true;
      const dokSkp = r.rencana_aksi?.rhk?.skp?.documentId;
      if (!dokSkp || aktor.pegawaiId == null) return false;
      const penilai = await skpSvc().penilaiSkp(await skpSvc().muat(dokSkp), tanggal);
      return !!penilai && Number(penilai.pegawaiId) === aktor.pegawaiId;
    },

    /**
     * GET /api/bukti/:id (id = the file id of `bukti[].id` / `dokumen.id`): the file as an attachment,
     * when the caller may see the realisasi or SKP that references it. 404 unknown or unreferenced.
     */
    async unduh(ctx: any, idParam: string) {
      const tidakAda = () => new GalatMskp(404, 'BERKAS_TIDAK_DITEMUKAN', 'Berkas tidak ditemukan.');
      if (!/^\d{1,15}$/.test(String(idParam ?? ''))) throw tidakAda();
      const row = await q(UID_BERKAS).findOne({ where: { id: Number(idParam) } });
      if (!row) throw tidakAda();
      const p = await this.pemilik(row.id);
      if (!p) throw tidakAda();
      if (!(await this.bolehUnduh(ctx, p)))
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengunduh berkas ini.');
      const prov = provider();
      if (typeof prov.bacaStream !== 'function' || row.provider !== konfigUpload().provider) {
        throw new GalatMskp(
          500,
          'PENYIMPANAN_TIDAK_MENDUKUNG',
          'Penyimpanan berkas tidak mendukung unduhan terkendali.',
        );
      }
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
     * POST /api/skp/:id/dokumen (multipart `dokumen`, one PDF/JPEG/PNG) by the owner of a DISETUJUI SKP:
     * stores it, links it (replacing and removing the previous one), stamps `dokumen_diunggah_pada`,
     * audit `SKP_DOKUMEN_DIUNGGAH`. Order: 404, 403 BUKAN_PEMILIK, 409 SKP_STATUS_TIDAK_SESUAI, 400.
     */
    async unggahDokumenSkp(ctx: any, skpDocumentId: string) {
      const s = await skpSvc().muat(skpDocumentId);
      const aktor: Aktor = await cakupan().aktor(ctx);
      const pemilik = aktor.pegawaiId != null && aktor.pegawaiId === s.pegawai?.id;
      pastikan(aturanDokumenSkp({ pemilik, status: s.status }));
      const files = this.normalisasiFiles(ctx, 'dokumen');
      pastikan(aturanDokumenSkp({ pemilik, status: s.status, berkas: files.length }));
      const [baru] = await this.simpan(files, { maks: 1, izinkan: MIME_DOKUMEN_SKP, field: 'dokumen' });

      let lama: any = null;
      try {
        await strapi.db.transaction(async () => {
          const kini = await q(UID.skp).findOne({
            where: { id: s.id },
            select: ['id', 'status'],
            populate: { dokumen_ditandatangani: { select: ['id', 'name'] } },
          });
          pastikan(aturanDokumenSkp({ pemilik, status: kini?.status }));
          lama = kini.dokumen_ditandatangani ?? null;
          await q(UID.skp).update({
            where: { id: s.id },
            data: { dokumen_ditandatangani: baru.id, dokumen_diunggah_pada: new Date() },
          });
          await audit().catat({
            ...audit().dariKonteks(ctx),
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
      if (lama && lama.id !== baru.id) {
        await this.hapus([lama.id]).catch((x: unknown) =>
          strapi.log.error(`Dokumen SKP lama ${lama.id} gagal dihapus: ${(x as Error | undefined)?.message ?? x}`),
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
