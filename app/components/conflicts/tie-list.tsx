import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import type { TieKind } from "#app/domain/conflict-kinds.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The ties a juror has declared, each with a button to take it back. */
export function TieList({ ties }: { ties: { id: number; kind: TieKind; label: string; createdAt: string }[] }) {
  const { t } = useTranslation();
  if (ties.length === 0) return <p>{t("ties.none")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {ties.map((tie) => (
        <li
          key={tie.id}
          className="flex flex-wrap items-center gap-3 rounded-md border border-gray-200 p-3"
          data-testid="tie"
        >
          <span className="font-medium">{tie.label}</span>
          <span className="text-sm text-ink-muted">
            {t(`conflicts.kind.${tie.kind}`)} · {tie.createdAt}
          </span>
          <Form method="post" className="ml-auto">
            <input type="hidden" name="tieId" value={tie.id} />
            <Button
              name="intent"
              value="remove"
              variant="secondary"
              aria-label={t("ties.removeLabel", { tie: tie.label })}
            >
              {t("ties.remove")}
            </Button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
