import type { Aktor } from './aktor';

/**
 * The stored key of an `Idempotency-Key` request: `<caller>:<rute>:<key>`, the caller being `u<userId>`, else
 * `t<tokenId>` for an API token, else `anon`; the key trimmed and cut at 200 characters. Null without a
 * (non-blank) header: the request is not idempotent.
 */
export function kunciIdempotensi(
  aktor: Pick<Aktor, 'userId' | 'tokenId'>,
  header: string | null | undefined,
  rute: string,
): string | null {
  if (!header) return null;
  const kunci = String(header).trim().slice(0, 200);
  if (!kunci) return null;
  const u = aktor.userId ? `u${aktor.userId}` : aktor.tokenId ? `t${aktor.tokenId}` : 'anon';
  return `${u}:${rute}:${kunci}`;
}
