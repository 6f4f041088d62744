import { useCallback, useEffect, useRef, useState } from "react";

export type DraftBackup<T> = { values: T; at: string };

/**
 * Keeps what the user typed in the browser's storage until the server has it, so an expired
 * session, a dropped network or a closed tab loses nothing. Offers it back when it differs from
 * what the server has.
 */
export function useDraftBackup<T>(key: string, serverValues: T, isSame: (a: T, b: T) => boolean) {
  const [offer, setOffer] = useState<DraftBackup<T> | null>(null);

  // The backup is compared with the server's copy once per key, on arrival: the server's copy
  // changes later as the user's own typing is saved, and that typing must not be offered back.
  // So the comparison reads the latest values through a ref (updated by the effect declared first,
  // which runs first) instead of re-running on them.
  const latest = useRef({ serverValues, isSame });
  useEffect(() => {
    latest.current = { serverValues, isSame };
  });

  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(key);
      if (!stored) return;
      const backup = JSON.parse(stored) as DraftBackup<T>;
      const { serverValues: onArrival, isSame: same } = latest.current;
      if (same(backup.values, onArrival)) window.localStorage.removeItem(key);
      else setOffer(backup);
    } catch {
      // Storage can be unavailable (private mode) or hold garbage; the server copy still stands.
    }
  }, [key]);

  const remember = useCallback(
    (values: T) => {
      try {
        window.localStorage.setItem(
          key,
          JSON.stringify({ values, at: new Date().toISOString() } satisfies DraftBackup<T>),
        );
      } catch {
        // Full or blocked storage: nothing to do but rely on the server save.
      }
    },
    [key],
  );

  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // see above
    }
    setOffer(null);
  }, [key]);

  return { offer, remember, forget, dismissOffer: () => setOffer(null) };
}
