export const PASSWORD_MIN_LENGTH = 10;
// Argon2 takes any length; the cap only stops someone posting megabytes as a password.
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = "too-short" | "too-long" | "same-as-email";

/** Length is what makes a password strong; we ask for a long one and nothing else clever. */
export function findPasswordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too-short";
  if ([...password].length > PASSWORD_MAX_LENGTH) return "too-long";
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return "same-as-email";
  return null;
}

/** zxcvbn's scale runs 0–4; below this a password falls to an online or quick offline guesser. */
export const PASSWORD_MIN_SCORE = 3;

/** The warning codes zxcvbn gives, which the catalogues turn into sentences. */
export const PASSWORD_WARNINGS = [
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
  "topTen",
  "topHundred",
  "common",
  "similarToCommon",
  "wordByItself",
  "namesByThemselves",
  "commonNames",
  "userInputs",
  "pwned",
] as const;
export type PasswordWarning = (typeof PASSWORD_WARNINGS)[number];

export const PASSWORD_SUGGESTIONS = [
  "l33t",
  "reverseWords",
  "allUppercase",
  "capitalization",
  "dates",
  "recentYears",
  "associatedYears",
  "sequences",
  "repeated",
  "longerKeyboardPattern",
  "anotherWord",
  "useWords",
  "noNeed",
  "pwned",
] as const;
export type PasswordSuggestion = (typeof PASSWORD_SUGGESTIONS)[number];

/** Why a password is too easy to guess: what zxcvbn noticed, if anything, and what it suggests. */
export type PasswordWeakness = {
  score: number;
  warning: PasswordWarning | null;
  suggestions: PasswordSuggestion[];
};

/**
 * The strength check, passed into the form schemas by the server: its dictionaries are megabytes,
 * so the browser validates only the cheap rules above and learns the rest after posting.
 */
export type PasswordStrengthCheck = (password: string, userInputs: readonly string[]) => PasswordWeakness | null;

/** Words anyone guessing at this portal tries first. */
const AWARD_WORDS = ["kundeservice", "kundeserviceawards", "awards", "award", "passord", "password", "jury", "anfo"];

/**
 * What a guesser knows about this user: the address and its parts, the name and its parts, and the
 * award's own words. zxcvbn treats each as a dictionary word, so a password built from them is weak.
 */
export function passwordUserInputs(person: { email: string; name?: string | null }): string[] {
  const email = person.email.trim().toLowerCase();
  const name = (person.name ?? "").trim().toLowerCase();
  const localPart = email.split("@")[0] ?? "";
  // Joined forms too: zxcvbn does not find "ingridsolberg" from "ingrid" and "solberg" alone.
  const joined = [name.replace(/\s+/g, ""), localPart.replace(/[.\-_+]/g, "")];
  const parts = [email, ...email.split(/[@.\-_+]/), name, ...name.split(/\s+/), ...joined];
  return [...new Set([...parts, ...AWARD_WORDS].filter((part) => part.length >= 2))];
}
