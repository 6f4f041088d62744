import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { passwordUserInputs } from "#app/domain/passwords.ts";
import { TEST_PASSWORD } from "#tests/support/factories.ts";

const kari = passwordUserInputs({ email: "kari.nordmann@fjordkraft.no", name: "Kari Nordmann" });

describe("password strength (zxcvbn)", () => {
  it("accepts a passphrase of ordinary words, including the tests' own password", () => {
    expect(checkPasswordStrength("sjøbris over brygga i juni", kari)).toBeNull();
    expect(checkPasswordStrength(TEST_PASSWORD, kari)).toBeNull();
  });

  it("refuses the most common passwords and says why", () => {
    expect(checkPasswordStrength("password123", kari)).toMatchObject({ warning: expect.any(String) });
    expect(checkPasswordStrength("qwertyuiop", kari)?.score).toBeLessThan(3);
    expect(checkPasswordStrength("aaaaaaaaaaaa", kari)).toMatchObject({ warning: "simpleRepeat" });
  });

  it("counts the user's own name and address, also run together, as weak", () => {
    expect(checkPasswordStrength("KariNordmann1", kari)).toMatchObject({ warning: "userInputs" });
    expect(checkPasswordStrength("fjordkraft2026", kari)).toMatchObject({ warning: "userInputs" });
  });

  it("counts the award's own words as weak", () => {
    expect(checkPasswordStrength("Kundeservice2026!", kari)).toMatchObject({ warning: "userInputs" });
    expect(checkPasswordStrength("kundeserviceawards", kari)).toMatchObject({ warning: "userInputs" });
  });
});

describe("what a guesser knows about the user", () => {
  it("holds the address, its parts, the name, its parts and their joined forms", () => {
    expect(kari).toEqual(
      expect.arrayContaining([
        "kari.nordmann@fjordkraft.no",
        "kari",
        "nordmann",
        "fjordkraft",
        "kari nordmann",
        "karinordmann",
        "kundeservice",
        "passord",
      ]),
    );
  });

  it("works without a name", () => {
    expect(passwordUserInputs({ email: "Ola@Bedrift.no" })).toEqual(expect.arrayContaining(["ola@bedrift.no", "ola"]));
  });
});
