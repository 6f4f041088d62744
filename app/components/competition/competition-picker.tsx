import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
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
      <label className="flex flex-col">
        <span className="font-medium">{t("jury.admin.competition")}</span>
        <select name="competition" defaultValue={selected.id} className="rounded-md border border-gray-400 px-3 py-2">
          {competitions.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary">{t("jury.admin.show")}</Button>
    </Form>
  );
}
