import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Switches a chair's page between competitions (a GET form, so it works without JavaScript). */
export function CompetitionPicker({
  competitions,
  selected,
}: {
  competitions: { id: number; name: string }[];
  selected: { id: number; name: string };
}) {
  const { t } = useTranslation();
  if (competitions.length < 2) return <p className="mb-2 text-lg font-semibold">{selected.name}</p>;
  return (
    <Form method="get" className="mb-4 flex items-end gap-2">
      <SelectField
        id="competition-picker"
        name="competition"
        label={t("jury.admin.competition")}
        defaultValue={selected.id}
        options={competitions.map((item) => ({ value: item.id, label: item.name }))}
      />
      <Button variant="secondary">{t("jury.admin.show")}</Button>
    </Form>
  );
}
