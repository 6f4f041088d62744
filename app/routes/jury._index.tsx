import type { LoaderFunctionArgs } from "@remix-run/node";
import { Page } from "#app/components/page.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "juror");
  return null;
}

export default function JuryHome() {
  const { t } = useTranslation();
  return (
    <Page title={t("jury.title")}>
      <p>{t("jury.noAssignments")}</p>
    </Page>
  );
}
