import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession, readSessionUser } from "#app/utils/session.server.ts";

// Logging out changes state, so it is a POST; a GET (a prefetch, a crawler) only goes home.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const current = await readSessionUser(request);
  if (!current) return redirect("/");
  return redirect("/", { headers: { "Set-Cookie": await endSession(current.sessionId, request) } });
}
