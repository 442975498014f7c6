'use strict';
/**
 * Seeded pseudo-random numbers for the demo city. Every stream is derived from a FIXED seed and a
 * key (e.g. "pegawai:12"), so the same input always yields the same city, and adding or removing
 * one part of the generator does not shift the numbers of another.
 */

const BENIH = 'm-skp/kota-madiun/2026';

/** FNV-1a 32-bit hash of a string. */
function fnv1a(teks) {
  let h = 0x811c9dc5;
  for (let i = 0; i < teks.length; i++) {
    h ^= teks.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
function mulberry32(benih) {
  let a = benih >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Acak {
  constructor(kunci) {
    this.f = mulberry32(fnv1a(BENIH + '|' + kunci));
  }
  /** Float in [0, 1). */
  angka() {
    return this.f();
  }
  /** Integer in [min, max] (both inclusive). */
  bulat(min, max) {
    return min + Math.floor(this.f() * (max - min + 1));
  }
  /** true with probability p. */
  peluang(p) {
    return this.f() < p;
  }
  /** One element of an array. */
  pilih(daftar) {
    return daftar[Math.floor(this.f() * daftar.length)];
  }
  /** One element of [[nilai, bobot], ...]. */
  pilihBobot(pasangan) {
    const total = pasangan.reduce((s, [, b]) => s + b, 0);
    let r = this.f() * total;
    for (const [nilai, bobot] of pasangan) {
      r -= bobot;
      if (r < 0) return nilai;
    }
    return pasangan[pasangan.length - 1][0];
  }
  /** A shuffled copy (Fisher–Yates). */
  kocok(daftar) {
    const a = daftar.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.f() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  /** A string of n digits. */
  digit(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.f() * 10);
    return s;
  }
}

const acak = (kunci) => new Acak(kunci);

const HURUF = 'abcdefghijklmnopqrstuvwxyz';
const ALFANUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Strapi 5 documentId (24 lowercase alphanumerics, starting with a letter like cuid2), derived from
 * a unique key such as "pegawai:199004042015031004": deterministic and independent of row order.
 */
function idDokumen(kunci) {
  const f = mulberry32(fnv1a('documentId|' + BENIH + '|' + kunci));
  const g = mulberry32(fnv1a(kunci + '|documentId'));
  let s = HURUF[Math.floor(f() * 26)];
  for (let i = 1; i < 24; i++) s += ALFANUM[Math.floor(((f() + g()) % 1) * 36)];
  return s;
}

module.exports = { BENIH, fnv1a, mulberry32, Acak, acak, idDokumen };
