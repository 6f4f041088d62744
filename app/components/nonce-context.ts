import { createContext, useContext } from "react";

/**
 * This request's CSP nonce, given by entry.server.tsx to the scripts Remix renders. In the browser
 * it is empty: browsers hide a nonce from the page once the CSP has checked it.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
