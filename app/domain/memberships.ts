/**
 * An entrant's standing in their company (organisation number): the first verified registrant
 * administers it; anyone else who registers with the number waits, pending, until an
 * administrator or the chair approves them.
 */
export const MEMBERSHIPS = ["pending", "member", "admin"] as const;
export type Membership = (typeof MEMBERSHIPS)[number];
