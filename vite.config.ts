import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { cpSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { precompressDirectory } from "./scripts/precompress.ts";
import { localeCatalogues } from "./tooling/locale-catalogues.ts";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/**
 * db/client.ts finds its migrations next to itself; in the server bundle "itself" is
 * build/server/index.js, so the SQL files are copied there.
 */
function copyMigrationsIntoServerBuild(): Plugin {
  return {
    name: "copy-migrations-into-server-build",
    apply: "build",
    writeBundle(options) {
      if (options.dir?.endsWith("server")) cpSync("db/migrations", `${options.dir}/migrations`, { recursive: true });
    },
  };
}

/** The browser's files, compressed once at their best, for the server to send as they are (ADR 0014). */
function precompressClientBuild(): Plugin {
  let outDir: string | null = null;
  return {
    name: "precompress-client-build",
    apply: "build",
    configResolved(config) {
      outDir = config.build.ssr ? null : config.build.outDir;
    },
    async closeBundle() {
      if (!outDir) return;
      const count = await precompressDirectory(outDir);
      this.info(`precompressed ${count} files in ${outDir} (brotli 11, gzip 9)`);
    },
  };
}

export default defineConfig({
  plugins: [
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
    copyMigrationsIntoServerBuild(),
    localeCatalogues(),
    precompressClientBuild(),
  ],
  build: {
    // better-sqlite3 and argon2 are native modules: keep them out of the server bundle.
    rollupOptions: { external: ["better-sqlite3", "@node-rs/argon2"] },
  },
});
