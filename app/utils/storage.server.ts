import { join, resolve } from "node:path";
import { env } from "./env.server.ts";

/** Attachment files, named by content hash, under the data folder. */
export const uploadsDir = resolve(join(env.DATA_DIR, "uploads"));

/** Uploads being received: on the same disk as their final place, so storing one is a rename. */
export const uploadTempDir = join(uploadsDir, "tmp");
