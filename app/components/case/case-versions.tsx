import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { KeepParams } from "#app/components/ui/keep-params.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import type { CaseHistory, CaseVersionDiff } from "#app/domain/case-history.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Every submitted version of a case, and a GET form that compares two of them (`?from&to`), so it
 * works without JavaScript. Who submitted is shown only when the loader gave the name.
 */
export function CaseVersionHistory({ history }: { history: CaseHistory }) {
  const { t, locale } = useTranslation();
  const { versions, diff } = history;
  const showSubmitter = versions.some((version) => version.submittedByName !== null);
  const options = versions.map((version) => ({ value: version.number, label: String(version.number) }));
  const latest = versions.at(-1)?.number;
  return (
    <Section title={t("caseVersions.title")} className="mt-10">
      {versions.length === 0 ? (
        <p>{t("caseVersions.none")}</p>
      ) : (
        <table className="mb-4 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-1 pr-4">
                {t("caseVersions.number")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("caseVersions.submittedAt")}
              </th>
              {showSubmitter ? (
                <th scope="col" className="py-1 pr-4">
                  {t("caseVersions.submittedBy")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number} className="border-b border-gray-200">
                <td className="py-1 pr-4">
                  {version.number} {version.isCurrent ? t("caseVersions.current") : null}
                </td>
                <td className="py-1 pr-4">{formatDateTime(version.submittedAt, locale)}</td>
                {showSubmitter ? <td className="py-1 pr-4">{version.submittedByName ?? "–"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions.length > 1 && latest !== undefined ? (
        <Form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("caseVersions.compare")}>
          <KeepParams except={["from", "to"]} />
          <SelectField
            id="version-from"
            name="from"
            label={t("caseVersions.from")}
            options={options}
            defaultValue={diff?.from ?? latest - 1}
          />
          <SelectField
            id="version-to"
            name="to"
            label={t("caseVersions.to")}
            options={options}
            defaultValue={diff?.to ?? latest}
          />
          <Button variant="secondary">{t("caseVersions.show")}</Button>
        </Form>
      ) : null}
      {diff ? (
        <div id="version-diff">
          <VersionDiff diff={diff} />
        </div>
      ) : null}
    </Section>
  );
}

/**
 * What changed between two versions, field by field: removed words struck through, added
 * underlined, each also named in words for screen readers (which do not announce del/ins).
 */
export function VersionDiff({ diff }: { diff: CaseVersionDiff }) {
  const { t } = useTranslation();
  const changed = diff.fields.filter((field) => field.changed);
  const attachmentsChanged = diff.attachments.added.length + diff.attachments.removed.length > 0;
  return (
    <Section title={t("caseVersions.diffTitle", { from: diff.from, to: diff.to })} className="mt-6">
      {changed.length === 0 && !attachmentsChanged ? <p>{t("caseVersions.noChanges")}</p> : null}
      <dl className="flex flex-col gap-4">
        {CASE_TEXT_FIELDS.map(({ name, label }) => {
          const field = diff.fields.find((item) => item.name === name);
          if (!field) return null;
          return (
            <div key={name} data-testid={`diff-${name}`}>
              <dt className="font-semibold">{t(label)}</dt>
              <dd className="whitespace-pre-wrap">
                {!field.changed ? (
                  <span className="text-ink-muted">{t("caseVersions.unchanged")}</span>
                ) : (
                  field.parts.map((part, index) =>
                    part.kind === "same" ? (
                      <span key={index}>{part.text}</span>
                    ) : part.kind === "removed" ? (
                      <del key={index} className="bg-red-100 text-red-900">
                        <span className="sr-only">{`${t("caseVersions.removed")} `}</span>
                        {part.text}
                      </del>
                    ) : (
                      <ins key={index} className="bg-green-100 text-green-900">
                        <span className="sr-only">{`${t("caseVersions.added")} `}</span>
                        {part.text}
                      </ins>
                    ),
                  )
                )}
              </dd>
            </div>
          );
        })}
        {attachmentsChanged ? (
          <div>
            <dt className="font-semibold">{t("caseVersions.attachments")}</dt>
            <dd>
              {diff.attachments.removed.map((name) => (
                <del key={`-${name}`} className="mr-2 bg-red-100 text-red-900">
                  {name}
                </del>
              ))}
              {diff.attachments.added.map((name) => (
                <ins key={`+${name}`} className="mr-2 bg-green-100 text-green-900">
                  {name}
                </ins>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </Section>
  );
}
