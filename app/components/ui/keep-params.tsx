import { useSearchParams } from "@remix-run/react";

/**
 * Hidden inputs carrying the address's other parameters through a GET filter form, so filtering
 * one list on a page keeps the others as they are. `except` names what the form itself sets; a
 * filter starts again from its list's first page, so the page parameter belongs there too.
 */
export function KeepParams({ except }: { except: readonly string[] }) {
  const [searchParams] = useSearchParams();
  return (
    <>
      {[...searchParams]
        .filter(([name]) => !except.includes(name))
        .map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
    </>
  );
}
