// The chair's and jurors' pages, grouped by section ("chair") and by the address's next segment
// ("chair/ranking"), found from a route file or an address alike. Each group's share of the message
// catalogue travels apart (tooling/locale-catalogues.ts, staff-shell.tsx), so both must agree.

/** The catalogue part every page loads: the keys an entrant's or a public page may name. */
export const EVERYONES_PART = "everyone";

/** The staff's catalogue parts a page needs beyond everyone's: its section, then its group. */
export type StaffParts = [section: string, group: string];

function partsOf(match: RegExpExecArray | null): StaffParts | null {
  if (!match) return null;
  const [, section, segment] = match as unknown as [string, string, string | undefined];
  return [section, `${section}/${segment ?? "home"}`];
}

export function staffPartsOfRouteFile(file: string): StaffParts | null {
  return partsOf(/^routes\/(chair|jury)(?:\.([a-z][a-z-]*))?[._[]/.exec(file));
}

export function staffPartsOfUrl(pathname: string): StaffParts | null {
  return partsOf(/^\/(chair|jury)(?:\/([a-z][a-z-]*))?(?:[/.]|$)/.exec(pathname));
}
