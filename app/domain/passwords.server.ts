import { hash, verify } from "@node-rs/argon2";

// OWASP's recommended Argon2id parameters (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to Argon2id.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the e-mail is unknown keeps both paths equally slow,
// so response time does not reveal which e-mails have accounts.
const unknownUserHash = hash("no account has this password", ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const ok = await verify(passwordHash ?? (await unknownUserHash), password).catch(() => false);
  return passwordHash !== null && ok;
}
