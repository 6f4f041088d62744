import { constants } from "node:zlib";
import compression from "compression";
import type { Handler } from "express";
import expressStaticGzip from "express-static-gzip";

// Pages, data and CSV are compressed as they stream; the built files were compressed once, at
// their best, by the build (scripts/precompress.ts), and are only picked here. CPU per request
// is what limits this server (issue 13), so dynamic answers get cheap settings.

/**
 * Brotli quality 4 compresses HTML about as well as gzip's default at a third of the CPU (≈ 90 MB/s
 * here against 57); a 1 MB window is plenty for pages of a few MB and keeps each open stream's
 * memory small. gzip, for the few clients without brotli, at level 4 for the same reason.
 * Bodies that announce a length under 1 kB are sent as they are: the headers would outweigh the
 * saving. Streamed bodies announce no length and are compressed, and `res.flush()` (which Remix
 * calls after every chunk) pushes each chunk out, so the page's shell arrives before its data.
 */
export const compressResponses: Handler = compression({
  threshold: 1024,
  level: 4,
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 20 } },
});

/**
 * Remix flushes after every chunk it writes, and React writes pages in 2 kB chunks: with compression
 * each flush closes a compressed block and costs a trip to the zlib thread, dozens per page. Here
 * one flush follows each burst of writes, once the event loop has nothing more to write right now,
 * so what is ready still leaves at once (the shell before data that is still coming) at the cost of
 * one flush per burst. Mounted after `compressResponses`, whose `res.flush` it wraps.
 */
export const coalesceFlushes: Handler = (_request, response, next) => {
  const flush = (response as { flush?: () => void }).flush;
  if (flush) {
    let scheduled = false;
    Object.assign(response, {
      flush() {
        if (scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flush.call(response);
        });
      },
    });
  }
  next();
};

/** Vite puts a content hash in every asset name, so a cache may keep it for good. */
const ASSET_CACHE = { immutable: true, maxAge: "1y", index: false } as const;
/** Other public files (favicon, robots.txt) keep their names when they change. */
const PUBLIC_FILE_CACHE = { maxAge: "1h", index: false } as const;

/**
 * Built files, sent as the .br or .gz the build wrote next to them when the browser accepts it
 * (with `Content-Encoding` and `Vary: Accept-Encoding`), else as they are. Our security headers,
 * set before, stay: this only adds its own.
 */
export function staticFiles(clientDir: string): { assets: Handler; publicFiles: Handler } {
  const options = { enableBrotli: true, orderPreference: ["br", "gzip"], index: false };
  return {
    assets: expressStaticGzip(`${clientDir}/assets`, { ...options, serveStatic: ASSET_CACHE }),
    publicFiles: expressStaticGzip(clientDir, { ...options, serveStatic: PUBLIC_FILE_CACHE }),
  };
}
