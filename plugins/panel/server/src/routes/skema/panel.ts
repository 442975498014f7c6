import { z } from 'zod';
import { uraiPermintaan } from '../../domain/protokol';

/**
 * Query of a resource list (ra-data-simple-rest: sort, range, filter as JSON texts). The protocol parser
 * refuses with its own codes (SORT_TIDAK_VALID, RANGE_TIDAK_VALID, RANGE_TERLALU_BESAR, FILTER_TIDAK_VALID).
 */
export const skemaDaftarSumber = z.unknown().transform((q) => uraiPermintaan((q ?? {}) as Record<string, unknown>));
