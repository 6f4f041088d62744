import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { ChainReport } from "#app/domain/audit-chain.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { AuditDetails } from "./audit-details.tsx";
import { ChainStatus } from "./chain-status.tsx";

export type AuditRowView = {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown> | null;
};

export type AuditLogViewProps = {
  chain: ChainReport;
  choices: { actions: string[]; people: { id: string; name: string; email: string }[] };
  filter: { caseId: number | null; userId: string | null; action: string | null };
  rows: AuditRowView[];
  total: number;
  page: number;
  pageCount: number;
};

const SUBJECT_LABELS: Record<string, MessageKey> = {
  case: "audit.subject.case",
  user: "audit.subject.user",
  competition: "audit.subject.competition",
  category: "audit.subject.category",
  organisation: "audit.subject.organisation",
  invitation: "audit.subject.invitation",
};

function Subject({ row }: { row: AuditRowView }) {
  const { t } = useTranslation();
  const key = SUBJECT_LABELS[row.subjectType];
  const label = key ? t(key, { id: row.subjectId }) : `${row.subjectType} ${row.subjectId}`;
  return row.subjectType === "case" ? <TextLink to={`/chair/cases/${row.subjectId}`}>{label}</TextLink> : label;
}

/** The whole audit log for the chair: the chain's state, filters in the address, and pages of entries. */
export function AuditLogView({ chain, choices, filter, rows, total, page, pageCount }: AuditLogViewProps) {
  const { t } = useTranslation();
  const actorLabel = (row: AuditRowView) =>
    row.actorId === null ? t("audit.system") : (row.actorName ?? `${t("audit.removedAccount")} (${row.actorId})`);
  return (
    <>
      <p className="mb-4">{t("audit.intro")}</p>
      <ChainStatus chain={chain} />
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label={t("audit.filter")}>
        <FieldShell id="filter-case" errorId="filter-case-error" label={t("audit.filter.case")}>
          {(describedBy) => (
            <input
              id="filter-case"
              name="case"
              type="number"
              min={1}
              inputMode="numeric"
              defaultValue={filter.caseId ?? ""}
              aria-describedby={describedBy}
              className={`${controlClass()} w-32`}
            />
          )}
        </FieldShell>
        <SelectField
          id="filter-user"
          name="user"
          label={t("audit.filter.user")}
          defaultValue={filter.userId ?? ""}
          emptyOption={t("audit.filter.all")}
          options={choices.people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))}
        />
        <SelectField
          id="filter-action"
          name="action"
          label={t("audit.filter.action")}
          defaultValue={filter.action ?? ""}
          emptyOption={t("audit.filter.all")}
          options={choices.actions.map((action) => ({ value: action, label: action }))}
        />
        <Button variant="secondary">{t("audit.filter")}</Button>
        <TextLink to="?" className="pb-2">
          {t("audit.filter.clear")}
        </TextLink>
      </Form>
      <p className="mb-2 text-sm text-ink-muted" data-testid="audit-count">
        {t("audit.count", { total, page, pages: pageCount })}
      </p>
      {rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left" data-testid="audit-table">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-4">
                  {t("audit.col.id")}
                </th>
                <th scope="col" className="pr-4">
                  {t("audit.col.at")}
                </th>
                <th scope="col" className="pr-4">
                  {t("audit.col.actor")}
                </th>
                <th scope="col" className="pr-4">
                  {t("audit.col.action")}
                </th>
                <th scope="col" className="pr-4">
                  {t("audit.col.subject")}
                </th>
                <th scope="col">{t("audit.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b align-top" data-audit-id={row.id}>
                  <td className="py-2 pr-4">{row.id}</td>
                  <td className="pr-4 whitespace-nowrap">{row.at}</td>
                  <td className="pr-4">{actorLabel(row)}</td>
                  <td className="pr-4 font-mono text-sm">{row.action}</td>
                  <td className="pr-4 whitespace-nowrap">
                    <Subject row={row} />
                  </td>
                  <td className="py-2">
                    <AuditDetails details={row.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={{ page, pageCount }} label={t("audit.pages")} />
    </>
  );
}
