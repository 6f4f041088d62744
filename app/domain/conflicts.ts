import type { ConflictSource, TieKind } from "./conflict-kinds.ts";
import { emailDomainOf, isFreeMailDomain } from "./email-addresses.ts";
import { isValidOrgNumber, normaliseOrgNumber } from "./org-number.ts";

/**
 * A company as the conflict rules see it: its number and name (what ties name) and the domains of
 * its members' verified addresses. Nothing here comes from a field the company edits freely.
 */
export type ConflictCompany = { id: number; orgNumber: string; name: string; memberDomains: readonly string[] };

/** A stored conflict: the chair's names a company by id, a juror's tie by number or name. */
export type NamedConflict = {
  jurorId: string;
  source: ConflictSource;
  organisationId: number | null;
  orgNumber: string | null;
  organisationName: string | null;
};

export type ConflictJuror = { id: string; email: string };

/** Why a juror may not judge a company: a colleague's address, the chair's list, or their own tie. */
export type ConflictGround = "address" | ConflictSource;

/**
 * The domains that tie a juror to a company: those of its members' verified addresses, less the
 * free-mail domains anyone can have.
 */
export function memberDomains(verifiedEmails: readonly string[]): string[] {
  const domains = verifiedEmails.map(emailDomainOf).filter((domain) => domain !== "" && !isFreeMailDomain(domain));
  return [...new Set(domains)].sort();
}

/** Names match whatever their case and spacing: "Fjord Kraft AS" is "fjordkraft as". */
export function normaliseOrganisationName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "");
}

/** A number, when given, decides alone: two companies may share a name, never a number. */
export function namesCompany(conflict: Omit<NamedConflict, "jurorId" | "source">, company: ConflictCompany): boolean {
  if (conflict.organisationId !== null) return conflict.organisationId === company.id;
  if (conflict.orgNumber) return normaliseOrgNumber(conflict.orgNumber) === normaliseOrgNumber(company.orgNumber);
  const name = normaliseOrganisationName(conflict.organisationName ?? "");
  return name !== "" && name === normaliseOrganisationName(company.name);
}

/** Why `juror` may not judge `company`'s cases, or null when they may. */
export function conflictGround(
  juror: ConflictJuror,
  company: ConflictCompany,
  conflicts: readonly NamedConflict[],
): ConflictGround | null {
  const domain = emailDomainOf(juror.email);
  if (!isFreeMailDomain(domain) && company.memberDomains.includes(domain)) return "address";
  const named = conflicts.find((conflict) => conflict.jurorId === juror.id && namesCompany(conflict, company));
  return named ? named.source : null;
}

/**
 * The same rules as `conflictGround`, for many jurors against every company at once: indexes the
 * companies by domain, number and name once, so each juror costs their own ties, not one test per
 * company. Returns, per juror, the ids of the companies they may not judge.
 */
export function conflictedCompanies(
  companies: Iterable<ConflictCompany>,
  conflicts: readonly NamedConflict[],
): (juror: ConflictJuror) => Set<number> {
  const byDomain = new Map<string, number[]>();
  const byNumber = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const ids = new Set<number>();
  const add = <T>(index: Map<string, T[]>, key: string, item: T) => {
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  };
  for (const company of companies) {
    ids.add(company.id);
    for (const domain of company.memberDomains) add(byDomain, domain, company.id);
    add(byNumber, normaliseOrgNumber(company.orgNumber), company.id);
    const name = normaliseOrganisationName(company.name);
    if (name !== "") add(byName, name, company.id);
  }
  const tiesOf = new Map<string, NamedConflict[]>();
  for (const conflict of conflicts) add(tiesOf, conflict.jurorId, conflict);
  const named = (conflict: NamedConflict): readonly number[] => {
    if (conflict.organisationId !== null) return ids.has(conflict.organisationId) ? [conflict.organisationId] : [];
    if (conflict.orgNumber) return byNumber.get(normaliseOrgNumber(conflict.orgNumber)) ?? [];
    return byName.get(normaliseOrganisationName(conflict.organisationName ?? "")) ?? [];
  };
  return (juror) => {
    const domain = emailDomainOf(juror.email);
    const found = new Set(isFreeMailDomain(domain) ? [] : (byDomain.get(domain) ?? []));
    for (const conflict of tiesOf.get(juror.id) ?? []) for (const id of named(conflict)) found.add(id);
    return found;
  };
}

// ——— A juror's ties, typed one per line ———

export const TIE_NAME_MAX_LENGTH = 200;
export const TIE_LINES_MAX = 30;

export type Tie = { kind: TieKind; orgNumber: string | null; organisationName: string | null };
export type ParsedTie = Omit<Tie, "kind">;
export type TieLineProblem = "orgNumber" | "tooLong" | "tooMany";
export type TieLineError = { line: number; text: string; problem: TieLineProblem };

// A line may start with the organisation number, grouped or not ("923 609 016 Fjordkraft AS").
const NUMBER_FIRST = /^(\d{3}\s?\d{3}\s?\d{3})(?!\d)[\s,:;–—-]*(.*)$/;

function parseTieLine(text: string): ParsedTie | TieLineProblem {
  if (/^[\d\s]+$/.test(text))
    return isValidOrgNumber(text) ? { orgNumber: normaliseOrgNumber(text), organisationName: null } : "orgNumber";
  const numberFirst = NUMBER_FIRST.exec(text);
  const orgNumber = numberFirst ? normaliseOrgNumber(numberFirst[1]!) : null;
  if (orgNumber !== null && !isValidOrgNumber(orgNumber)) return "orgNumber";
  const name = (numberFirst ? numberFirst[2]! : text).trim();
  if (name.length > TIE_NAME_MAX_LENGTH) return "tooLong";
  return { orgNumber, organisationName: name === "" ? null : name };
}

/**
 * Reads a list typed one tie per line: an organisation number (checked with its modulus-11 digit),
 * a name, or a number followed by a name. Blank lines and repeats are dropped; each bad line is
 * reported with its number so the juror can find it.
 */
export function parseTieLines(text: string): { ties: ParsedTie[]; errors: TieLineError[] } {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text !== "");
  if (lines.length > TIE_LINES_MAX) return { ties: [], errors: [{ line: 0, text: "", problem: "tooMany" }] };
  const ties: ParsedTie[] = [];
  const errors: TieLineError[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const parsed = parseTieLine(line.text);
    if (typeof parsed === "string") {
      errors.push({ ...line, problem: parsed });
      continue;
    }
    const key = parsed.orgNumber ?? `name:${normaliseOrganisationName(parsed.organisationName ?? "")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push(parsed);
  }
  return { ties, errors };
}

/** How a tie reads in a list: "Fjordkraft AS (923609016)", or whichever half it has. */
export function tieLabel(tie: ParsedTie): string {
  if (tie.orgNumber && tie.organisationName) return `${tie.organisationName} (${tie.orgNumber})`;
  return tie.orgNumber ?? tie.organisationName ?? "";
}
