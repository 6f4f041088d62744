import { useCallback, useRef, useState } from "react";

/**
 * A module a page needs only once the visitor does something, such as the browser-side check of a
 * form (Zod and the schema are a sixth of a page's JavaScript): `load()` starts fetching it, and
 * until it arrives `module` is null (a form then gets the same messages from the server's check).
 * Pass an importer defined once at module level, e.g. `() => import("#app/forms/x.ts")`.
 */
export function useOnDemand<T>(importer: () => Promise<T>): { module: T | null; load: () => void } {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null);
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    importer().then(
      (module) => setLoaded({ module }),
      () => (started.current = false),
    );
  }, [importer]);
  return { module: loaded?.module ?? null, load };
}
