import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import { LOCALES } from "../app/domain/locales.ts";

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

/**
 * Which keys the browser can ask for: every string in code that may run there which is a key, or
 * ends in "." and starts keys (`t(\`case.status.${status}\`)`). Keys only the server uses (mails,
 * messages an action words, CSV headings) stay out of the browser's catalogue. Keys always appear
 * as literals in this codebase (a MessageKey is never built from data), so nothing is missed.
 */
export function browserKeyFilter(appDir = APP_DIR): (key: string) => boolean {
  const literals = new Set<string>();
  for (const entry of readdirSync(appDir, { recursive: true, encoding: "utf8" })) {
    const path = relative(appDir, join(appDir, entry)).replaceAll("\\", "/");
    if (!isBrowserCode(path)) continue;
    const source = readFileSync(join(appDir, entry), "utf8");
    for (const match of source.matchAll(/["'`]([a-zA-Z][\w.-]*)(?=["'`]|\$\{)/g)) literals.add(match[1]!);
  }
  const prefixes = [...literals].filter((literal) => literal.endsWith("."));
  return (key) => literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
}

/**
 * `virtual:locale-messages/<locale>`: one language's messages as a module of their own, so the
 * browser loads only the language it shows, and of it only the keys browser code uses. The
 * catalogues keep both languages side by side in each area file (app/i18n/areas), which a bundler
 * cannot split, so the build evaluates them and writes the language out as plain data. The dev
 * server re-exports the source instead, to keep hot reload.
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
      const locale = id.slice(PREFIX.length + 1);
      if (!(LOCALES as readonly string[]).includes(locale)) throw new Error(`No catalogue for locale "${locale}"`);
      if (serving) return `export { ${locale} as messages } from ${JSON.stringify(catalogueFile(locale))};`;
      const module = (await tsImport(catalogueFile(locale), import.meta.url)) as Record<string, Record<string, string>>;
      const inBrowser = browserKeyFilter();
      const messages = Object.fromEntries(Object.entries(module[locale]!).filter(([key]) => inBrowser(key)));
      // JSON.parse of a string literal starts faster than an object literal of the same size.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
