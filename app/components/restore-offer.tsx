import { useTranslation } from "#app/i18n/use-translation.ts";
import { Button } from "./ui/button.tsx";

/** Offers back what the browser kept of unsaved typing; the user chooses to restore or discard it. */
export function RestoreOffer({
  message,
  restoreLabel,
  onRestore,
  onDiscard,
}: {
  message: string;
  restoreLabel: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" className="mb-6 rounded-md border border-accent-500 bg-orange-50 p-4">
      <p className="mb-2">{message}</p>
      <div className="flex gap-3">
        <Button type="button" onClick={onRestore}>
          {restoreLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onDiscard}>
          {t("case.edit.discard")}
        </Button>
      </div>
    </div>
  );
}
