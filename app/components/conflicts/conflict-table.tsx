import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import type { ConflictGround } from "#app/domain/conflicts.ts";
import type { TieKind } from "#app/domain/conflict-kinds.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type ConflictTableRow = {
  id: number | null;
  jurorName: string;
  ground: ConflictGround;
  kind: TieKind | null;
  named: string;
  companies: { id: number; name: string }[];
  reason: string;
  createdBy: string | null;
  createdAt: string | null;
};

/** A failed removal, shown on its own row. */
export type RemoveError = { conflictId: number; message: string } | null;

/**
 * Every conflict the rules know, for the chair. Those on the chair's own list can be removed with
 * a reason; a juror's tie is the juror's to take back, and an address conflict follows from who
 * the company's verified members are.
 */
export function ConflictTable({ rows, removeError }: { rows: ConflictTableRow[]; removeError: RemoveError }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t("conflicts.none")}</p>;
  return (
    <table className="w-full text-left align-top">
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-2">
            {t("conflicts.juror")}
          </th>
          <th scope="col">{t("conflicts.company")}</th>
          <th scope="col">{t("conflicts.source")}</th>
          <th scope="col">{t("conflicts.kind")}</th>
          <th scope="col">{t("conflicts.reason")}</th>
          <th scope="col">{t("conflicts.added")}</th>
          <th scope="col">{t("conflicts.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id ?? `${row.jurorName}-${row.named}`} className="border-b align-top" data-testid="conflict">
            <th scope="row" className="py-2 pr-3 font-medium">
              {row.jurorName}
            </th>
            <td className="py-2 pr-3">
              <span className="font-medium">{row.named}</span>
              {row.ground === "juror" ? (
                <span className="block text-sm text-ink-muted">
                  {row.companies.length === 0
                    ? t("conflicts.noMatch")
                    : t("conflicts.matches", { companies: row.companies.map((company) => company.name).join(", ") })}
                </span>
              ) : null}
            </td>
            <td className="py-2 pr-3">{t(`conflicts.ground.${row.ground}`)}</td>
            <td className="py-2 pr-3">{row.kind ? t(`conflicts.kind.${row.kind}`) : "–"}</td>
            <td className="py-2 pr-3">
              {row.ground === "address" ? t("conflicts.addressReason", { domain: row.reason }) : row.reason || "–"}
            </td>
            <td className="py-2 pr-3 text-sm">
              {row.createdAt
                ? row.createdBy
                  ? t("conflicts.addedBy", { name: row.createdBy, time: row.createdAt })
                  : row.createdAt
                : t("conflicts.computed")}
            </td>
            <td className="py-2">
              {row.ground === "chair" && row.id !== null ? (
                <RemoveForm
                  conflictId={row.id}
                  label={t("conflicts.removeLabel", { juror: row.jurorName, company: row.named })}
                  error={removeError?.conflictId === row.id ? removeError.message : null}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RemoveForm({ conflictId, label, error }: { conflictId: number; label: string; error: string | null }) {
  const { t } = useTranslation();
  const id = `remove-reason-${conflictId}`;
  const errors = error ? [error] : null;
  return (
    <Form method="post" className="flex flex-col gap-2">
      <input type="hidden" name="conflictId" value={conflictId} />
      <FieldShell id={id} errorId={`${id}-error`} label={t("conflicts.removeReason")} errors={errors}>
        {(describedBy) => (
          <input
            id={id}
            name="removalReason"
            required
            maxLength={1000}
            aria-describedby={describedBy}
            aria-invalid={errors ? true : undefined}
            className={controlClass(errors)}
          />
        )}
      </FieldShell>
      <Button name="intent" value="remove" variant="secondary" aria-label={label} className="self-start">
        {t("conflicts.remove")}
      </Button>
    </Form>
  );
}
