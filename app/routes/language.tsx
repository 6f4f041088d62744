import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "#app/i18n/messages.ts";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { localeCookie } from "#app/utils/locale.server.ts";
import { safeRedirectTarget } from "#app/utils/redirect-target.ts";

export function loader() {
  return redirect("/");
}

// Open to everyone: the choice of language is not tied to an account.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const requested = form.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return redirect(safeRedirectTarget(form.get("redirectTo")), { headers: { "Set-Cookie": localeCookie(locale) } });
}
