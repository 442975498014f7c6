import { useCallback, useEffect, useRef, useState } from 'react';

/** Runs an async loader on mount and when `deps` change; `reload` runs it again. */
export const useAsync = <T>(loader: () => Promise<T>, deps: unknown[]) => {
  const [state, setState] = useState<{ data?: T; error?: Error; isPending: boolean }>({
    isPending: true,
  });
  const counter = useRef(0);
  const run = useCallback(() => {
    const current = ++counter.current;
    setState((previous) => ({ data: previous.data, isPending: true }));
    loader().then(
      (data) => {
        if (current === counter.current) setState({ data, isPending: false });
      },
      (error) => {
        if (current === counter.current) {
          setState({ error: error instanceof Error ? error : new Error(String(error)), isPending: false });
        }
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    run();
    return () => {
      // a counter, not a DOM node: bumping it at cleanup makes the pending answer stale, as intended
      // eslint-disable-next-line react-hooks/exhaustive-deps
      counter.current++;
    };
  }, [run]);
  return { ...state, reload: run };
};
