import { data, redirect } from "@remix-run/node";
import { hasRole } from "#app/domain/permissions.ts";
import type { Role } from "#app/domain/roles.ts";
import { readSessionUser, type SessionUser } from "./session.server.ts";

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await readSessionUser(request))?.user ?? null;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  return redirect(`/login?${params}`);
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

/** Signed in with another role: 403, and not a byte of the page's data. */
export async function requireRole(request: Request, ...allowed: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasRole(user, allowed)) throw data({ reason: "forbidden" }, { status: 403 });
  return user;
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/");
}
