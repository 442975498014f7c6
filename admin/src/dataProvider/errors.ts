import { HttpError } from 'react-admin';

/** Strapi's error body: `{data:null, error:{status, name, message, details}}`. */
export interface StrapiErrorBody {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: {
      code?: string;
      field?: string;
      /** yup ValidationError of Strapi's own endpoints */
      errors?: Array<{ path?: string[] | string; message?: string; name?: string }>;
      [key: string]: unknown;
    };
  };
}

export const isStrapiErrorBody = (body: unknown): body is StrapiErrorBody =>
  typeof body === 'object' &&
  body !== null &&
  'error' in body &&
  typeof (body as { error: unknown }).error === 'object' &&
  (body as { error: unknown }).error !== null;

/** Message keys (translated by react-admin) for bodies without a message. */
export const fallbackMessageFor = (status: number): string => {
  if (status === 401) return 'mskp.error.sesi_berakhir';
  if (status === 403) return 'ra.notification.not_authorized';
  if (status === 404) return 'ra.notification.item_doesnt_exist';
  if (status === 409) return 'mskp.error.konflik';
  if (status === 423) return 'mskp.error.terkunci';
  if (status === 429) return 'mskp.error.terlalu_banyak';
  if (status >= 500) return 'mskp.error.server';
  if (status === 0) return 'ra.notification.offline';
  return 'ra.notification.http_error';
};

/** The message to show for a failed response body. */
export const messageOf = (status: number, body: unknown): string => {
  if (isStrapiErrorBody(body)) {
    const message = body.error.message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallbackMessageFor(status);
};

/**
 * Field errors for react-admin forms (`body.errors` = {field: message}):
 * `details.field` gets the main message; yup's `details.errors` add theirs.
 */
export const fieldErrorsOf = (body: unknown): Record<string, string> | undefined => {
  if (!isStrapiErrorBody(body)) return undefined;
  const { message, details } = body.error;
  const errors: Record<string, string> = {};
  if (details && typeof details.field === 'string' && details.field !== '') {
    errors[details.field] = message;
  }
  if (details && Array.isArray(details.errors)) {
    for (const item of details.errors) {
      const path = Array.isArray(item?.path) ? item.path.join('.') : item?.path;
      if (typeof path === 'string' && path !== '' && !errors[path]) {
        errors[path] = item.message || message;
      }
    }
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
};

export const codeOf = (body: unknown): string | undefined =>
  isStrapiErrorBody(body) && typeof body.error.details?.code === 'string' ? body.error.details.code : undefined;

/** A react-admin HttpError carrying the server message and the field errors. */
export const httpErrorFrom = (status: number, body: unknown): HttpError => {
  const errors = fieldErrorsOf(body);
  const payload =
    typeof body === 'object' && body !== null
      ? { ...(body as object), ...(errors ? { errors } : {}) }
      : { message: body, ...(errors ? { errors } : {}) };
  return new HttpError(messageOf(status, body), status, payload);
};
