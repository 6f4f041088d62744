// The pure half of invitations: what a link is worth now, and an address's history from its links.

/** How a link came to be: a new invitation, or the chair's re-send of one. */
export const INVITATION_KINDS = ["sent", "resent"] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export type InvitationState = "pending" | "accepted" | "replaced" | "revoked" | "expired";

export type InvitationLink = {
  id: number;
  kind: InvitationKind;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  replacedAt: Date | null;
};

/**
 * Acceptance wins; then a newer link (the old one says "replaced" even if it had been revoked or had
 * run out first, since the newer link is the one to use); then revocation; then the clock.
 */
export function invitationState(link: Omit<InvitationLink, "id" | "kind" | "createdAt">, now: Date): InvitationState {
  if (link.acceptedAt) return "accepted";
  if (link.replacedAt) return "replaced";
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export type InvitationEventKind = InvitationKind | "accepted" | "replaced" | "revoked" | "expired";
export type InvitationEvent = { kind: InvitationEventKind; at: Date; linkId: number };

/** Every link's events for one address, oldest first: sent or re-sent, then how each link ended. */
export function invitationHistory(links: readonly InvitationLink[], now: Date): InvitationEvent[] {
  const events: InvitationEvent[] = [];
  for (const link of links) {
    events.push({ kind: link.kind, at: link.createdAt, linkId: link.id });
    if (link.revokedAt) events.push({ kind: "revoked", at: link.revokedAt, linkId: link.id });
    if (link.acceptedAt) events.push({ kind: "accepted", at: link.acceptedAt, linkId: link.id });
    // A link runs out only if nothing ended it before its expiry.
    const endedAt = Math.min(
      ...[link.acceptedAt, link.revokedAt, link.replacedAt].map((at) => at?.getTime() ?? Infinity),
    );
    if (link.expiresAt.getTime() <= now.getTime() && link.expiresAt.getTime() < endedAt) {
      events.push({ kind: "expired", at: link.expiresAt, linkId: link.id });
    }
    if (link.replacedAt) events.push({ kind: "replaced", at: link.replacedAt, linkId: link.id });
  }
  // Stable: at equal times a link's own events keep their order (a replacement follows the send it answers).
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
