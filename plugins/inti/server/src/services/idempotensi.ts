import type { Core } from '@strapi/strapi';
import { unikDilanggar } from '../domain/galat';
import type { Aktor } from '../domain/aktor';
import { kunciIdempotensi } from '../domain/idempotensi';

const UID = 'plugin::inti.idempotensi';
const TUNGGU_MS = 50;
const TUNGGU_MAKS_MS = 15000;

export interface Jawaban {
  status: number;
  body: unknown;
}

/**
 * `Idempotency-Key` for POSTs of the external API (quality.md): the first request with a key runs
 * `kerja` inside one transaction that also stores its answer under the key; a repeat (even a
 * concurrent one) returns that stored answer and writes nothing. Errors are not stored: a failed
 * request can be retried with the same key.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The stored key of a request: its caller (user, else API token, else anonymous), the route and the
   * `Idempotency-Key` header value the controller read; null without a (non-blank) header.
   */
  kunci(aktor: Aktor, header: string | null | undefined, rute: string): string | null {
    return kunciIdempotensi(aktor, header, rute);
  },

  async tersimpan(kunci: string): Promise<Jawaban | null> {
    const r = await strapi.db.query(UID).findOne({ where: { kunci_unik: kunci }, select: ['status_http', 'jawaban'] });
    return r ? { status: r.status_http, body: r.jawaban } : null;
  },

  /**
   * Runs `kerja` once per key. `kerja` runs inside the transaction that stores the answer; on a
   * concurrent duplicate the unique index makes the second insert fail, and the second caller then
   * waits for and returns the first answer.
   */
  async jalankan(
    kunci: string | null,
    kerja: () => Promise<Jawaban>,
    setelahGagal?: () => Promise<void>,
  ): Promise<Jawaban & { ulangan: boolean }> {
    if (!kunci) {
      try {
        return { ...(await strapi.db.transaction(kerja)), ulangan: false };
      } catch (e) {
        if (setelahGagal) await setelahGagal();
        throw e;
      }
    }
    const ada = await this.tersimpan(kunci);
    if (ada) {
      if (setelahGagal) await setelahGagal();
      return { ...ada, ulangan: true };
    }
    try {
      const j = await strapi.db.transaction(async () => {
        await strapi.db
          .query(UID)
          .create({ data: { kunci_unik: kunci, status_http: 0, jawaban: null, waktu: new Date() } });
        const hasil = await kerja();
        await strapi.db
          .query(UID)
          .update({ where: { kunci_unik: kunci }, data: { status_http: hasil.status, jawaban: hasil.body } });
        return hasil;
      });
      return { ...j, ulangan: false };
    } catch (e) {
      if (setelahGagal) await setelahGagal();
      if (!unikDilanggar(e)) throw e;
      // Another request with the same key holds or held the row: wait for its committed answer.
      const mulai = Date.now();
      while (Date.now() - mulai < TUNGGU_MAKS_MS) {
        const j = await this.tersimpan(kunci);
        if (j && j.status) return { ...j, ulangan: true };
        await new Promise((r) => setTimeout(r, TUNGGU_MS));
      }
      throw e;
    }
  },
});
