import { useMemo } from 'react';
import { useNotify } from 'react-admin';

/**
 * mutationOptions for Edit/Create: always show the server's (Indonesian)
 * message; field errors from `details.field` are still set on the form by
 * react-admin (pessimistic mode returns them from save()).
 */
export const useServerErrors = () => {
  const notify = useNotify();
  return useMemo(
    () => ({
      onError: (error: unknown) => {
        const message =
          typeof error === 'string'
            ? error
            : (error as { message?: string } | null)?.message || 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      },
    }),
    [notify],
  );
};
