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
  /** Where `npm run backup` writes its dated folders; DATA_DIR/backups when unset. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Public address used in links printed to the console and sent by mail. */
  PUBLIC_URL: z.string().url().optional(),
  /** Outgoing mail. Without SMTP_HOST each message is written as an .eml file under DATA_DIR/mail. */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  /** true for implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  SMTP_SECURE: booleanFlag,
  MAIL_FROM: z.string().default("Kundeservice Awards <ikke-svar@kundeserviceawards.no>"),
  /** Set behind a TLS-terminating proxy so X-Forwarded-Proto marks requests as HTTPS. */
  TRUST_PROXY: booleanFlag,
  /**
   * Brønnøysund's Enhetsregisteret API (e.g. https://data.brreg.no/enhetsregisteret/api). When set,
   * registration takes the company's name from the register and refuses numbers it does not know.
   */
  BRREG_URL: z.string().url().optional(),
  /** Serves /bench/floor, the trivial route `npm run bench` compares every page with; never set in production. */
  BENCH_FLOOR: booleanFlag,
  /** One line per request on stdout; off for benchmarks. */
  LOG_REQUESTS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
});

export type Env = z.infer<typeof envSchema>;

// The only reader of process.env: everything else imports the parsed, typed values.
export const env: Env = envSchema.parse(process.env);
