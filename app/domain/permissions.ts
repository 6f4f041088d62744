import type { Role } from "./roles.ts";

export type Actor = { id: string; role: Role; organisationId: number | null };

export function hasRole(actor: Actor | null, allowed: readonly Role[]): actor is Actor {
  return actor !== null && allowed.includes(actor.role);
}

/** An entrant acts only for their own organisation; chairs see every organisation. */
export function canSeeOrganisation(actor: Actor, organisationId: number): boolean {
  if (actor.role === "chair") return true;
  return actor.role === "entrant" && actor.organisationId === organisationId;
}
