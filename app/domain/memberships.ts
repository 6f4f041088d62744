/**
 * An entrant's standing in their company (organisation number): the first verified registrant
 * administers it; anyone else who registers with the number waits, pending, until an
 * administrator or the chair approves them.
 */
export const MEMBERSHIPS = ["pending", "member", "admin"] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

/** Only approved members act for the company: a pending member sees none of its cases or profile. */
export function actsForCompany(membership: Membership | null): boolean {
  return membership === "member" || membership === "admin";
}

/**
 * Where a registrant stands once their address is proven: the first to prove one claims a company
 * nobody administers yet; anyone later waits for approval. A standing already granted (the chair
 * handed them the company) is kept.
 */
export function membershipOnVerification(current: Membership | null, companyHasAdmin: boolean): Membership {
  if (current === "admin" || current === "member") return current;
  return companyHasAdmin ? "pending" : "admin";
}

/** Whether taking `leaving` administrators away still leaves the company someone to run it. */
export function keepsAnAdmin(adminCount: number, leaving: number): boolean {
  return adminCount - leaving >= 1;
}

/** What an administrator or the chair can decide about one member. */
export const MEMBER_DECISIONS = ["approve", "refuse", "remove", "make-admin", "step-down"] as const;
export type MemberDecision = (typeof MEMBER_DECISIONS)[number];
