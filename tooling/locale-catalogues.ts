import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import { LOCALES } from "../app/domain/locales.ts";
import { EVERYONES_PART, staffPartsOfRouteFile } from "../app/utils/staff-pages.ts";

const PREFIX = "virtual:locale-messages/";
const APP_DIR = fileURLToPath(new URL("../app/", import.meta.url));
const catalogueFile = (locale: string) => join(APP_DIR, "i18n", `${locale}.ts`);

/** Code that never runs in the browser, and the catalogues themselves (they name every key). */
function isBrowserCode(path: string): boolean {
  return (
    /\.tsx?$/.test(path) &&
    !/\.server\.tsx?$/.test(path) &&
    !path.startsWith("components/mail/") &&
    !path.startsWith("i18n/areas/") &&
    !/^i18n\/(nb|en)\.ts$/.test(path)
  );
}

/** Where `specifier`, imported from `from` (both relative to app/), lives (null: a package). */
function resolveImport(from: string, specifier: string, files: Set<string>): string | null {
  let base: string;
  if (specifier.startsWith("#app/")) base = specifier.slice("#app/".length);
  else if (specifier.startsWith(".")) base = posix.normalize(posix.join(posix.dirname(from), specifier));
  else return null;
  return [base, `${base}.ts`, `${base}.tsx`].find((candidate) => files.has(candidate)) ?? null;
}

/** "everyone", a staff section ("chair") or a group of its pages ("chair/ranking"). */
export type Audience = string;

/**
 * Whose pages each browser file serves: everyone's when any route outside the staff sections
 * reaches it (directly or through imports), else the staff page groups whose routes reach it.
 * Shared modules (domain, forms, utils, i18n) count as everyone's, since the server may hand their
 * keys to any page.
 */
function fileAudiences(sources: Map<string, string>): Map<string, Set<string> | typeof EVERYONES_PART> {
  const files = new Set(sources.keys());
  const imports = new Map<string, string[]>();
  for (const [path, source] of sources) {
    const targets = [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)]
      .map((match) => resolveImport(path, match[1]!, files))
      .filter((target): target is string => target !== null);
    imports.set(path, targets);
  }
  const reachedFrom = (roots: string[]) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const path = stack.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      stack.push(...(imports.get(path) ?? []));
    }
    return seen;
  };
  const paths = [...files];
  // Every route outside the staff sections, and every module at the top of app/ (root, entry, shells).
  const everyones = reachedFrom(
    paths.filter((path) => (path.startsWith("routes/") && !staffPartsOfRouteFile(path)) || !path.includes("/")),
  );
  const groups = new Map<string, Set<string>>();
  for (const path of paths) {
    const group = staffPartsOfRouteFile(path)?.[1];
    if (group)
      for (const reached of reachedFrom([path]))
        (groups.get(reached) ?? groups.set(reached, new Set()).get(reached)!).add(group);
  }
  const audiences = new Map<string, Set<string> | typeof EVERYONES_PART>();
  for (const path of paths) {
    const staffOnly = !everyones.has(path) && (path.startsWith("routes/") || path.startsWith("components/"));
    audiences.set(path, staffOnly && groups.has(path) ? groups.get(path)! : EVERYONES_PART);
  }
  return audiences;
}

/** The narrowest part every one of `groups` loads: the group itself, their section, or everyone's. */
function narrowestPart(groups: ReadonlySet<string>): Audience {
  const sections = new Set([...groups].map((group) => group.split("/")[0]!));
  if (sections.size > 1) return EVERYONES_PART;
  return groups.size === 1 ? [...groups][0]! : [...sections][0]!;
}

/**
 * Which part of the browser's catalogue a key goes in, or null when no browser code asks for it.
 * Browser code asks for a key by naming it in a string, or a string ending in "." that starts keys
 * (`t(\`case.status.${status}\`)`). Keys only the server uses (mails, messages an action words, CSV
 * headings) stay out of the browser. Keys only the chair's or the jurors' pages name go in parts
 * those pages load (ADR 0017): one group of pages ("chair/ranking") when only it names the key, its
 * section ("chair") when several of its groups do; a key both sections name is everyone's. Keys
 * always appear as literals in this codebase (a MessageKey is never built from data), so nothing is
 * missed.
 */
export function browserKeyAudience(appDir = APP_DIR): (key: string) => Audience | null {
  const sources = new Map<string, string>();
  for (const entry of readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const path = entry.replaceAll("\\", "/");
    if (isBrowserCode(path)) sources.set(path, readFileSync(join(appDir, entry), "utf8"));
  }
  const audiences = fileAudiences(sources);
  const literals = new Map<string, Set<string> | typeof EVERYONES_PART>();
  for (const [path, source] of sources) {
    const audience = audiences.get(path)!;
    for (const match of source.matchAll(/["'`]([a-zA-Z][\w.-]*)(?=["'`]|\$\{)/g)) {
      const known = literals.get(match[1]!);
      if (known === EVERYONES_PART) continue;
      literals.set(match[1]!, audience === EVERYONES_PART ? EVERYONES_PART : new Set([...(known ?? []), ...audience]));
    }
  }
  const prefixes = [...literals].filter(([literal]) => literal.endsWith("."));
  return (key) => {
    let found = literals.get(key);
    for (const [prefix, audience] of prefixes) {
      if (found === EVERYONES_PART) break;
      if (!key.startsWith(prefix)) continue;
      found = audience === EVERYONES_PART ? EVERYONES_PART : new Set([...(found ?? []), ...audience]);
    }
    if (found === undefined) return null;
    return found === EVERYONES_PART ? EVERYONES_PART : narrowestPart(found);
  };
}

/** Every staff part a page may ask for: each section and each group of its pages. */
function staffParts(appDir = APP_DIR): string[] {
  const parts = new Set<string>();
  for (const entry of readdirSync(join(appDir, "routes"), { encoding: "utf8" })) {
    for (const part of staffPartsOfRouteFile(`routes/${entry}`) ?? []) parts.add(part);
  }
  return [...parts].sort();
}

const CHUNKS_ID = "virtual:locale-chunks";

/**
 * `virtual:locale-messages/<locale>` and `virtual:locale-messages/<locale>/<part>`: one language's
 * messages as modules of their own, so the browser loads only the language it shows, and of it only
 * the keys browser code uses: everyone's first, then the staff parts a chair's or juror's page needs
 * (`app/utils/staff-pages.ts`). `virtual:locale-chunks` lists them all as loaders for the browser
 * (entry.client.tsx).
 * The catalogues keep both languages side by side in each area file (app/i18n/areas), which a
 * bundler cannot split, so the build evaluates them and writes each part out as plain data. The dev
 * server re-exports the whole source as everyone's part instead, to keep hot reload.
 */
export function localeCatalogues(): Plugin {
  let serving = false;
  return {
    name: "locale-catalogues",
    configResolved(config) {
      serving = config.command === "serve";
    },
    resolveId(id) {
      return id.startsWith(PREFIX) || id === CHUNKS_ID ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${CHUNKS_ID}`) {
        const partsOf = (locale: string) =>
          [EVERYONES_PART, ...staffParts()]
            .map((part) => {
              const source = part === EVERYONES_PART ? `${PREFIX}${locale}` : `${PREFIX}${locale}/${part}`;
              return `${JSON.stringify(part)}: () => import(${JSON.stringify(source)})`;
            })
            .join(",\n");
        return `export const catalogueChunks = {\n${LOCALES.map((locale) => `${locale}: {\n${partsOf(locale)}\n}`).join(",\n")}\n};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [locale, ...rest] = id.slice(PREFIX.length + 1).split("/");
      if (!(LOCALES as readonly string[]).includes(locale!)) throw new Error(`No catalogue for locale "${locale}"`);
      const part = rest.length > 0 ? rest.join("/") : EVERYONES_PART;
      if (serving) {
        return part === EVERYONES_PART
          ? `export { ${locale} as messages } from ${JSON.stringify(catalogueFile(locale!))};`
          : "export const messages = {};";
      }
      const module = (await tsImport(catalogueFile(locale!), import.meta.url)) as Record<
        string,
        Record<string, string>
      >;
      const audienceOf = browserKeyAudience();
      const messages = Object.fromEntries(Object.entries(module[locale!]!).filter(([key]) => audienceOf(key) === part));
      // JSON.parse of a string literal starts faster than an object literal of the same size.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
