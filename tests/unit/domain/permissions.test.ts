import { describe, expect, it } from "vitest";
import { canSeeOrganisation, hasRole, type Actor } from "#app/domain/permissions.ts";

const entrant: Actor = { id: "e1", role: "entrant", organisationId: 7 };
const juror: Actor = { id: "j1", role: "juror", organisationId: null };
const chair: Actor = { id: "c1", role: "chair", organisationId: null };

describe("role guard", () => {
  it("lets a user with an allowed role through", () => {
    expect(hasRole(chair, ["chair"])).toBe(true);
    expect(hasRole(juror, ["juror", "chair"])).toBe(true);
  });

  it("refuses an entrant on a chair page and a juror on an entrant page", () => {
    expect(hasRole(entrant, ["chair"])).toBe(false);
    expect(hasRole(juror, ["entrant"])).toBe(false);
  });

  it("refuses someone who is not signed in", () => {
    expect(hasRole(null, ["entrant", "juror", "chair"])).toBe(false);
  });
});

describe("organisation scope", () => {
  it("lets an entrant see only their own organisation", () => {
    expect(canSeeOrganisation(entrant, 7)).toBe(true);
    expect(canSeeOrganisation(entrant, 8)).toBe(false);
  });

  it("lets the chair see every organisation but not a juror", () => {
    expect(canSeeOrganisation(chair, 8)).toBe(true);
    expect(canSeeOrganisation(juror, 7)).toBe(false);
  });
});
