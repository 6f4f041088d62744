import { data, redirect } from "@remix-run/node";
import { actsForCompany, type Membership } from "#app/domain/memberships.ts";
import { hasRole } from "#app/domain/permissions.ts";
import type { Role } from "#app/domain/roles.ts";
import { readSessionUser, type SessionUser } from "./session.server.ts";

/** Where an account waits until its address is proven: it may resend the link or correct the address. */
export const CHECK_MAIL_PATH = "/verify-email";

/** The signed-in user as the guards see them: a pending entrant acts for no company yet. */
export type AuthenticatedUser = SessionUser & { membership: Membership | null };

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await readSessionUser(request))?.user ?? null;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  return redirect(`/login?${params}`);
}

/**
 * Signed in, with a proven address: every guarded page goes through here, so an unverified
 * account reaches only the check-mail page (and the verification link, which uses
 * requireSignedIn). A pending entrant keeps `organisationId` null, so every company-scoped
 * look-up finds nothing, and every entrant page but the home page (which says they wait) sends
 * them there.
 */
export async function requireUser(request: Request): Promise<AuthenticatedUser> {
  // The session's own read brings the standing: no second query on every guarded page.
  return standingUser(request, await readSessionUser(request));
}

function standingUser(request: Request, signedIn: Awaited<ReturnType<typeof readSessionUser>>): AuthenticatedUser {
  if (!signedIn?.standing) throw loginRedirect(request);
  const { user, standing } = signedIn;
  if (!standing.verified) throw redirect(CHECK_MAIL_PATH);
  if (user.role !== "entrant" || actsForCompany(standing.membership))
    return { ...user, membership: standing.membership };
  if (new URL(request.url).pathname.startsWith("/entrant/")) throw redirect("/entrant");
  return { ...user, organisationId: null, membership: standing.membership };
}

/** Signed in, whether or not the address is proven yet: only for the check-mail page and its link. */
export async function requireSignedIn(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

/** Signed in with another role: 403, and not a byte of the page's data. */
export async function requireRole(request: Request, ...allowed: Role[]): Promise<AuthenticatedUser> {
  return withRole(await requireUser(request), allowed);
}

function withRole(user: AuthenticatedUser, allowed: Role[]): AuthenticatedUser {
  if (!hasRole(user, allowed)) throw data({ reason: "forbidden" }, { status: 403 });
  return user;
}

/**
 * requireRole for a request a page makes in the background (the case editor's autosave): without
 * a session it returns null instead of redirecting, as a redirect would take the writer away from
 * the page mid-sentence; the caller answers 401 and the page asks them to log in where they are.
 */
export async function requireRoleUnlessSignedOut(
  request: Request,
  ...allowed: Role[]
): Promise<AuthenticatedUser | null> {
  const signedIn = await readSessionUser(request);
  if (!signedIn?.standing) return null;
  return withRole(standingUser(request, signedIn), allowed);
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/");
}
