import { createHash, randomBytes } from "node:crypto";
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { eq, sql } from "drizzle-orm";
import { Cookie, Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import { preparedQuery } from "#db/prepared.ts";
import { sessions, users } from "#db/schema.ts";
import type { AccountStanding } from "#app/domain/memberships.server.ts";
import type { Membership } from "#app/domain/memberships.ts";
import type { Role } from "#app/domain/roles.ts";
import { readCookie } from "./cookies.ts";
import { db } from "./db.server.ts";

// The only module that imports Lucia (see STACK.md): replacing it later touches this file alone.

/** Lucia extends a session once half of this has passed, so an idle session dies within a day. */
const SESSION_IDLE_LIFETIME = new TimeSpan(1, "d");
/** However busy, a session ends this long after its log-in: a long working day (ADR 0002). */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

const sessionAndUser = preparedQuery((database) =>
  database
    .select({
      id: sessions.id,
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      createdAt: sessions.createdAt,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      emailVerifiedAt: users.emailVerifiedAt,
      membership: users.membership,
      deletedAt: users.deletedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, sql.placeholder("sessionId")))
    .prepare(),
);

/**
 * Every signed-in page reads its session at least twice (the root loader and the page's guard).
 * Lucia's adapter reads it with two queries Drizzle builds anew each time, selecting every column;
 * here it is one prepared join that also brings what the guards check (address proven, membership),
 * so requireUser needs no query of its own. Lucia still decides expiry and extension.
 */
class SessionAdapter extends DrizzleSQLiteAdapter {
  override getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = sessionAndUser(db).get({ sessionId });
    if (!row) return Promise.resolve([null, null]);
    const { id, userId, expiresAt, createdAt, ...attributes } = row;
    return Promise.resolve([
      { id, userId, expiresAt: new Date(expiresAt * 1000), attributes: { createdAt } },
      { id: userId, attributes },
    ]);
  }
}

const lucia = new Lucia(new SessionAdapter(db, sessions, users), {
  sessionExpiresIn: SESSION_IDLE_LIFETIME,
  sessionCookie: {
    name: "awards_session",
    // Lucia's `expires: false` still sends a 400-day Max-Age; serialize() drops it (ADR 0002).
    expires: false,
    attributes: { sameSite: "lax" },
  },
  getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    role: attributes.role,
    organisationId: attributes.organisationId,
    standing: attributes.deletedAt
      ? null
      : { verified: attributes.emailVerifiedAt !== null, membership: attributes.membership },
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      role: Role;
      organisationId: number | null;
      emailVerifiedAt: Date | null;
      membership: Membership | null;
      deletedAt: Date | null;
    };
    DatabaseSessionAttributes: { createdAt: Date };
  }
}

export type SessionUser = { id: string; email: string; name: string; role: Role; organisationId: number | null };

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/**
 * Secure is set per request so plain-HTTP localhost works and HTTPS production is protected. A
 * live cookie carries no Max-Age or Expires, so it ends with the browser; the blank one keeps
 * Lucia's Max-Age=0 so the browser drops it at once.
 */
function serialize(cookie: Cookie, request: Request, options: { browserSession: boolean }): string {
  const { maxAge, expires, ...attributes } = cookie.attributes;
  const lifetime = options.browserSession ? {} : { maxAge, expires };
  return new Cookie(cookie.name, cookie.value, { ...attributes, ...lifetime, secure: isHttps(request) }).serialize();
}

/** The cookie holds the token; the database holds only this, so a leaked copy of it opens nothing. */
function sessionIdFor(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether the request carries a session cookie at all (valid or not): enough to keep it out of caches. */
export function hasSessionCookie(request: Request): boolean {
  return readCookie(request.headers.get("Cookie"), lucia.sessionCookieName) !== null;
}

export async function readSessionUser(
  request: Request,
): Promise<{ user: SessionUser; sessionId: string; standing: AccountStanding | null } | null> {
  // Read by our own tolerant parser: Lucia's throws on any malformed cookie in the header.
  const token = readCookie(request.headers.get("Cookie"), lucia.sessionCookieName);
  if (!token) return null;
  const { user, session } = await lucia.validateSession(sessionIdFor(token));
  if (!user || !session) return null;
  if (Date.now() - session.createdAt.getTime() > SESSION_ABSOLUTE_LIFETIME_MS) {
    await lucia.invalidateSession(session.id);
    return null;
  }
  const { standing, ...sessionUser } = user;
  return { user: sessionUser, sessionId: session.id, standing };
}

/** A fresh token on every login, so a session fixed before login is worthless. */
export async function startSession(userId: string, request: Request): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await lucia.createSession(userId, { createdAt: new Date() }, { sessionId: sessionIdFor(token) });
  return serialize(lucia.createSessionCookie(token), request, { browserSession: true });
}

export async function endSession(sessionId: string, request: Request): Promise<string> {
  await lucia.invalidateSession(sessionId);
  return serialize(lucia.createBlankSessionCookie(), request, { browserSession: false });
}

export async function endAllSessionsOf(userId: string): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}

/** After a password change or reset: every older session ends, and this browser starts a new one. */
export async function startOnlySession(userId: string, request: Request): Promise<string> {
  await endAllSessionsOf(userId);
  return startSession(userId, request);
}

/** "Log out everywhere": every session of the account ends, this one included, and its cookie goes. */
export async function endEverySession(userId: string, request: Request): Promise<string> {
  await endAllSessionsOf(userId);
  return serialize(lucia.createBlankSessionCookie(), request, { browserSession: false });
}
