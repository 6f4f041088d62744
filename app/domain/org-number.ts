const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Spaces are common when people copy the number ("923 609 016"); they are not part of it. */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/\s+/g, "");
}

/**
 * A Norwegian organisation number (Brønnøysundregistrene) has nine digits; the last is a
 * modulus-11 check digit over the first eight with the weights 3 2 7 6 5 4 3 2.
 */
export function isValidOrgNumber(input: string): boolean {
  const digits = normaliseOrgNumber(input);
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}
