import { env } from "./env.server.ts";

export type RegisterLookup =
  | { state: "found"; name: string }
  | { state: "unknown" | "deleted" | "unavailable" }
  /** BRREG_URL is not set: registration takes the name as typed. */
  | { state: "off" };

const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * Looks an organisation number up in Enhetsregisteret: 200 with the entity, 404 for a number it
 * never had, 410 for a deleted entity. Anything else, a timeout or a network failure is
 * "unavailable", so the form can ask the registrant to try again instead of failing.
 */
export async function lookUpOrganisation(orgNumber: string): Promise<RegisterLookup> {
  if (!env.BRREG_URL) return { state: "off" };
  try {
    const response = await fetch(`${env.BRREG_URL.replace(/\/$/, "")}/enheter/${encodeURIComponent(orgNumber)}`, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
    if (response.status === 404) return { state: "unknown" };
    if (response.status === 410) return { state: "deleted" };
    if (!response.ok) return { state: "unavailable" };
    const entity = (await response.json()) as { navn?: unknown; slettedato?: unknown };
    if (entity.slettedato) return { state: "deleted" };
    return typeof entity.navn === "string" && entity.navn.trim()
      ? { state: "found", name: entity.navn.trim() }
      : { state: "unavailable" };
  } catch (error) {
    console.error("Enhetsregisteret look-up failed", error);
    return { state: "unavailable" };
  }
}

/** Whether registration looks numbers up, so the form can leave the name to the register. */
export const registerLookupEnabled = (): boolean => Boolean(env.BRREG_URL);
