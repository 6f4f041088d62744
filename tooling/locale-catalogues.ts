import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import { LOCALES } from "../app/domain/locales.ts";
import { isStaffRouteFile } from "../app/utils/staff-pages.ts";

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

/**
 * Browser files only the staff's pages reach: routes and components that chair or juror routes
 * import, directly or not, and nothing else does. Shared modules (domain, forms, utils, i18n) count
 * as everyone's, since the server may hand their keys to any page.
 */
function staffOnlyFiles(sources: Map<string, string>): Set<string> {
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
  // Every route that is not the staff's, and every module at the top of app/ (root, entry, shells).
  const everyones = reachedFrom(
    paths.filter((path) => (path.startsWith("routes/") && !isStaffRouteFile(path)) || !path.includes("/")),
  );
  const staffs = reachedFrom(paths.filter(isStaffRouteFile));
  return new Set(
    [...staffs].filter(
      (path) => !everyones.has(path) && (path.startsWith("routes/") || path.startsWith("components/")),
    ),
  );
}

export type Audience = "everyone" | "staff";

/**
 * Which part of the browser's catalogue a key goes in, or null when no browser code asks for it.
 * Browser code asks for a key by naming it in a string, or a string ending in "." that starts keys
 * (`t(\`case.status.${status}\`)`). Keys only the server uses (mails, messages an action words, CSV
 * headings) stay out of the browser; keys only the chair's and jurors' pages name go in a second
 * chunk that those pages load (ADR 0017), so an entrant's page does not carry them. Keys always
 * appear as literals in this codebase (a MessageKey is never built from data), so nothing is missed.
 */
export function browserKeyAudience(appDir = APP_DIR): (key: string) => Audience | null {
  const sources = new Map<string, string>();
  for (const entry of readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const path = entry.replaceAll("\\", "/");
    if (isBrowserCode(path)) sources.set(path, readFileSync(join(appDir, entry), "utf8"));
  }
  const staffOnly = staffOnlyFiles(sources);
  const literals = new Map<string, Audience>();
  for (const [path, source] of sources) {
    const audience: Audience = staffOnly.has(path) ? "staff" : "everyone";
    for (const match of source.matchAll(/["'`]([a-zA-Z][\w.-]*)(?=["'`]|\$\{)/g)) {
      if (literals.get(match[1]!) !== "everyone") literals.set(match[1]!, audience);
    }
  }
  const prefixes = [...literals].filter(([literal]) => literal.endsWith("."));
  return (key) => {
    let audience = literals.get(key) ?? null;
    for (const [prefix, prefixAudience] of prefixes) {
      if (audience === "everyone") break;
      if (key.startsWith(prefix)) audience = prefixAudience;
    }
    return audience;
  };
}

/**
 * `virtual:locale-messages/<locale>` and `<locale>-staff`: one language's messages as modules of
 * their own, so the browser loads only the language it shows, and of it only the keys browser code
 * uses; the chair's and jurors' keys come in the second module, which only their pages load. The
 * catalogues keep both languages side by side in each area file (app/i18n/areas), which a bundler
 * cannot split, so the build evaluates them and writes the language out as plain data. The dev
 * server re-exports the whole source in the first module instead, to keep hot reload.
 */
export function localeCatalogues(): Plugin {
  let serving = false;
  return {
    name: "locale-catalogues",
    configResolved(config) {
      serving = config.command === "serve";
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [locale, part] = id.slice(PREFIX.length + 1).split("-") as [string, string | undefined];
      if (!(LOCALES as readonly string[]).includes(locale)) throw new Error(`No catalogue for locale "${locale}"`);
      const audience: Audience = part === "staff" ? "staff" : "everyone";
      if (serving) {
        return audience === "everyone"
          ? `export { ${locale} as messages } from ${JSON.stringify(catalogueFile(locale))};`
          : "export const messages = {};";
      }
      const module = (await tsImport(catalogueFile(locale), import.meta.url)) as Record<string, Record<string, string>>;
      const audienceOf = browserKeyAudience();
      const messages = Object.fromEntries(
        Object.entries(module[locale]!).filter(([key]) => audienceOf(key) === audience),
      );
      // JSON.parse of a string literal starts faster than an object literal of the same size.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
