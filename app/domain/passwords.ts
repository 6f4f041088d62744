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
