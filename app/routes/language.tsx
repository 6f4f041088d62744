import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { saveAccountLocale } from "#app/domain/account-locale.server.ts";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { isLocale } from "#app/i18n/messages.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { localeCookie } from "#app/utils/locale.server.ts";
import { safeRedirectTarget } from "#app/utils/redirect-target.ts";

export function loader() {
  return redirect("/");
}

// Open to everyone: the cookie carries the choice; a signed-in user's account keeps it too, so
// their mails go out in the language they read the portal in.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const requested = form.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const user = await getUser(request);
  if (user) saveAccountLocale(db, user.id, locale);
  return redirect(safeRedirectTarget(form.get("redirectTo")), { headers: { "Set-Cookie": localeCookie(locale) } });
}
