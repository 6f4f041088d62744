import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { Cookie, Lucia, TimeSpan } from "lucia";
import { sessions, users } from "#db/schema.ts";
import type { Role } from "#app/domain/roles.ts";
import { db } from "./db.server.ts";

// The only module that imports Lucia (see STACK.md): replacing it later touches this file alone.

/** Lucia extends a session once half of this has passed, so an idle session dies within a day. */
const SESSION_IDLE_LIFETIME = new TimeSpan(1, "d");

const lucia = new Lucia(new DrizzleSQLiteAdapter(db, sessions, users), {
  sessionExpiresIn: SESSION_IDLE_LIFETIME,
  sessionCookie: {
    name: "awards_session",
    // A browser-session cookie: the server's expiry is the one that counts, and extending it
    // never needs a new Set-Cookie header on an ordinary page view.
    expires: false,
    attributes: { sameSite: "lax" },
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    role: attributes.role,
    organisationId: attributes.organisationId,
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; name: string; role: Role; organisationId: number | null };
  }
}

export type SessionUser = { id: string; email: string; name: string; role: Role; organisationId: number | null };

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** Secure is set per request so plain-HTTP localhost works and HTTPS production is protected. */
function serialize(cookie: Cookie, request: Request): string {
  return new Cookie(cookie.name, cookie.value, { ...cookie.attributes, secure: isHttps(request) }).serialize();
}

export async function readSessionUser(request: Request): Promise<{ user: SessionUser; sessionId: string } | null> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return null;
  const { user, session } = await lucia.validateSession(sessionId);
  if (!user || !session) return null;
  return { user, sessionId: session.id };
}

/** A fresh session id on every login, so a session fixed before login is worthless. */
export async function startSession(userId: string, request: Request): Promise<string> {
  const session = await lucia.createSession(userId, {});
  return serialize(lucia.createSessionCookie(session.id), request);
}

export async function endSession(sessionId: string, request: Request): Promise<string> {
  await lucia.invalidateSession(sessionId);
  return serialize(lucia.createBlankSessionCookie(), request);
}

export async function endAllSessionsOf(userId: string): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}
