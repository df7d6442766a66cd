// Loads something from the server for an online screen, with a reload after each change.
import { useCallback, useEffect, useState } from 'react';

export function useLoaded<T>(load: () => Promise<T>): { data: T | null; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then((value) => { if (live) { setData(value); setError(null); } }, (reason: unknown) => { if (live) setError(reason); });
    return () => { live = false; };
  }, [load, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, reload };
}
