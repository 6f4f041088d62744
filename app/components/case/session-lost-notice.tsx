import { useState, type FormEvent } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Shown when an autosave found the session gone: the text stays on the page (and in the browser's
 * copy), and the writer logs in right here. The login is the login page's own action (its checks,
 * throttle and new session cookie), posted without leaving the page; its redirect means success.
 */
export function SessionLostNotice({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function logIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new URLSearchParams(new FormData(event.currentTarget) as unknown as Record<string, string>);
    body.set("redirectTo", window.location.pathname);
    setBusy(true);
    try {
      const response = await fetch("/login", { method: "POST", body, redirect: "manual" });
      if (response.type === "opaqueredirect") onSignedIn();
      else setError(t(response.status === 429 ? "case.session.busy" : "case.session.wrong"));
    } catch {
      setError(t("case.session.busy"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="alert" className="mb-6 rounded-md border border-accent-500 bg-orange-50 p-4" data-testid="session-lost">
      <p className="mb-3">{t("case.session.lost")}</p>
      <form onSubmit={(event) => void logIn(event)} className="flex flex-col gap-3">
        {error ? <p className="font-semibold text-red-700">{error}</p> : null}
        <label className="flex flex-col gap-1">
          {t("account.email")}
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            className="rounded-md border border-gray-400 px-3 py-2"
          />
        </label>
        <label className="flex flex-col gap-1">
          {t("account.password")}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="rounded-md border border-gray-400 px-3 py-2"
          />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button disabled={busy}>{t("case.session.login")}</Button>
          <a href="/login" target="_blank" rel="noopener" className="text-brand-700 underline">
            {t("case.session.newTab")}
          </a>
        </div>
      </form>
    </div>
  );
}
