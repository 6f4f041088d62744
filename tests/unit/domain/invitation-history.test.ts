import { describe, expect, it } from "vitest";
import { invitationHistory, invitationState, type InvitationLink } from "#app/domain/invitation-history.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute));
const DAY = 24 * 60 * 60 * 1000;

function link(id: number, overrides: Partial<InvitationLink> = {}): InvitationLink {
  const createdAt = overrides.createdAt ?? at(id);
  return {
    id,
    kind: "sent",
    createdAt,
    expiresAt: new Date(createdAt.getTime() + 14 * DAY),
    acceptedAt: null,
    revokedAt: null,
    replacedAt: null,
    ...overrides,
  };
}

describe("invitationState", () => {
  const now = at(30);
  it("says replaced for a newer link even after a revocation or expiry, but accepted wins", () => {
    expect(invitationState(link(1, { revokedAt: at(2), replacedAt: at(3) }), now)).toBe("replaced");
    expect(invitationState(link(1, { expiresAt: at(2), replacedAt: at(3) }), now)).toBe("replaced");
    expect(invitationState(link(1, { acceptedAt: at(2) }), now)).toBe("accepted");
  });
  it("says revoked, expired or pending for the newest link", () => {
    expect(invitationState(link(1, { revokedAt: at(2) }), now)).toBe("revoked");
    expect(invitationState(link(1, { expiresAt: at(2) }), now)).toBe("expired");
    expect(invitationState(link(1), now)).toBe("pending");
  });
});

describe("invitationHistory", () => {
  it("lists each link's send and ending in time order", () => {
    const history = invitationHistory(
      [
        link(1, { revokedAt: at(2), replacedAt: at(3) }),
        link(2, { kind: "resent", createdAt: at(3), replacedAt: at(4) }),
        link(3, { kind: "resent", createdAt: at(4), acceptedAt: at(5) }),
      ],
      at(30),
    );
    expect(history.map(({ kind, linkId }) => `${linkId}:${kind}`)).toEqual([
      "1:sent",
      "1:revoked",
      "1:replaced",
      "2:resent",
      "2:replaced",
      "3:resent",
      "3:accepted",
    ]);
  });
  it("shows an expiry only when nothing ended the link first", () => {
    const later = new Date(at(0).getTime() + 30 * DAY);
    const history = invitationHistory(
      [
        link(1, { expiresAt: at(10), replacedAt: at(20) }),
        link(2, { createdAt: at(20), expiresAt: at(25), revokedAt: at(22) }),
        link(3, { createdAt: at(26) }),
      ],
      later,
    );
    expect(history.map(({ kind, linkId }) => `${linkId}:${kind}`)).toEqual([
      "1:sent",
      "1:expired",
      "1:replaced",
      "2:sent",
      "2:revoked",
      "3:sent",
      "3:expired",
    ]);
  });
});
