import { useTranslation } from "#app/i18n/use-translation.ts";

/** Shown in place of a quiet page when a published snapshot no longer matches the hash fixed at publication. */
export function SnapshotWarning() {
  const { t } = useTranslation();
  return (
    <div role="alert" data-testid="snapshot-warning" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-800">{t("snapshot.tampered.title")}</p>
      <p>{t("snapshot.tampered.body")}</p>
    </div>
  );
}

/** The fingerprint itself, for anyone who wants to note it and compare later. */
export function SnapshotFingerprint({ hash }: { hash: string | null }) {
  const { t } = useTranslation();
  if (!hash) return null;
  return <p className="mt-4 text-sm break-all text-ink-muted">{t("snapshot.hash", { hash })}</p>;
}
