import { join, resolve } from "node:path";
import { env } from "./env.server.ts";

/** Attachment files, named by content hash, under the data folder. */
export const uploadsDir = resolve(join(env.DATA_DIR, "uploads"));
