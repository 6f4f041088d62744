const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * People copy the number as it is printed: grouped by spaces or dots ("923 609 016", "923.609.016")
 * or in the VAT register's form ("NO 923 609 016 MVA"); neither the separators nor "NO"/"MVA" are
 * part of it.
 */
export function normaliseOrgNumber(input: string): string {
  return input
    .replace(/[\s.]+/g, "")
    .replace(/^NO(?=\d)/i, "")
    .replace(/MVA$/i, "");
}

/** The number as Brønnøysundregistrene print it: three groups of three digits ("923 609 016"). */
export function formatOrgNumber(orgNumber: string): string {
  return /^\d{9}$/.test(orgNumber) ? orgNumber.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3") : orgNumber;
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
