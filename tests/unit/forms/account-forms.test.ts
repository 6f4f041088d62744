import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import {
  createAcceptInvitationSchema,
  createPasswordResetSchema,
  createProfileSchema,
  createRegisterSchema,
} from "#app/forms/account-forms.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const nb = createTranslator("nb");
const en = createTranslator("en");

function passwordErrors(result: { success: boolean; error?: { flatten: () => { fieldErrors: object } } }) {
  if (result.success) return [];
  return (result.error!.flatten().fieldErrors as Record<string, string[] | undefined>).password ?? [];
}

describe("the one new-password rule", () => {
  it("gives zxcvbn's reason in the reader's language", () => {
    const owner = { email: "kari@bedrift.no", name: "Kari Nordmann" };
    const norwegian = createPasswordResetSchema(nb, owner, checkPasswordStrength).safeParse({
      password: "kundeservice2026",
    });
    expect(passwordErrors(norwegian)).toEqual([
      "Passordet er for lett å gjette. Passordet bygger på navnet ditt, e-postadressen eller ord fra Kundeservice Awards. Legg til flere ord som er mindre vanlige.",
    ]);
    const english = createPasswordResetSchema(en, owner, checkPasswordStrength).safeParse({
      password: "kundeservice2026",
    });
    expect(passwordErrors(english)[0]).toMatch(
      /^This password is too easy to guess\. The password is built from your name/,
    );
  });

  it("applies to registration, invitations and the profile alike", () => {
    const weak = "Kundeservice2026!";
    const register = createRegisterSchema(nb, checkPasswordStrength).safeParse({
      name: "Kari Nordmann",
      email: "kari@bedrift.no",
      password: weak,
      organisationName: "Bedrift AS",
      orgNumber: "923609016",
    });
    const invitation = createAcceptInvitationSchema(nb, "kari@bedrift.no", checkPasswordStrength).safeParse({
      name: "Kari Nordmann",
      password: weak,
    });
    const profile = createProfileSchema(nb, { email: "kari@bedrift.no" }, checkPasswordStrength).safeParse({
      intent: "change-password",
      currentPassword: "det gamle passordet mitt",
      password: weak,
    });
    for (const result of [register, invitation, profile]) {
      expect(passwordErrors(result)[0]).toMatch(/^Passordet er for lett å gjette\./);
    }
  });

  it("leaves the strength check out in the browser, where only the length rules run", () => {
    const owner = { email: "kari@bedrift.no" };
    expect(createPasswordResetSchema(nb, owner).safeParse({ password: "kundeservice2026" }).success).toBe(true);
    expect(passwordErrors(createPasswordResetSchema(nb, owner).safeParse({ password: "kort" }))).toEqual([
      "Passordet må ha minst 10 tegn.",
    ]);
  });

  it("takes the organisation number however it was copied, and keeps the nine digits", () => {
    const schema = createRegisterSchema(nb, checkPasswordStrength);
    for (const orgNumber of ["NO 923 609 016 MVA", "9236 09016", "923609016mva"]) {
      const result = schema.safeParse({
        name: "Kari Nordmann",
        email: "kari@bedrift.no",
        password: "tre lange ord som ingen gjetter",
        organisationName: "Bedrift AS",
        orgNumber,
      });
      expect(result.success && result.data.orgNumber).toBe("923609016");
    }
  });

  it("needs no password fields for logging out everywhere", () => {
    const schema = createProfileSchema(nb, { email: "kari@bedrift.no" }, checkPasswordStrength);
    expect(schema.safeParse({ intent: "log-out-everywhere" }).success).toBe(true);
  });
});
