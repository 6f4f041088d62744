import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("data/awards.db"),
  /** Uploaded attachments (and, without SMTP settings, outgoing mail) are kept under this folder. */
  DATA_DIR: z.string().min(1).default("data"),
  /** Public address used in links printed to the console and sent by mail. */
  PUBLIC_URL: z.string().url().optional(),
  /** Set behind a TLS-terminating proxy so X-Forwarded-Proto marks requests as HTTPS. */
  TRUST_PROXY: booleanFlag,
  /** One line per request on stdout; off for benchmarks. */
  LOG_REQUESTS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
});

export type Env = z.infer<typeof envSchema>;

// The only reader of process.env: everything else imports the parsed, typed values.
export const env: Env = envSchema.parse(process.env);
