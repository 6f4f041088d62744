import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { HOME_BY_ROLE } from "#app/domain/roles.ts";
import { confirmEmail } from "#app/domain/verification.server.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireSignedIn } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { failedDeliveries } from "#app/utils/mail.server.ts";
import { sendJoinRequestMails } from "#app/utils/membership-mail.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("verify.linkTitle"));

const STATUS_BY_STATE = { unknown: 404, used: 410, expired: 410 } as const;

/**
 * Opening the link proves the address, but only for the account it was sent to and only when
 * signed in as it: a link a stranger registered for someone else's address stays worthless to
 * the owner who clicks it, and a mail scanner fetching the link changes nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireSignedIn(request);
  const outcome = confirmEmail(db, user.id, params.token ?? "", new Date());
  if (outcome.state !== "verified") return data({ state: outcome.state }, { status: STATUS_BY_STATE[outcome.state] });
  if (outcome.joinRequest) await failedDeliveries(sendJoinRequestMails(outcome.joinRequest), "Join request mail");
  throw redirect(HOME_BY_ROLE[outcome.role]);
}

export default function VerificationLink() {
  const { state } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("verify.linkTitle")} narrow>
      <p className="mb-6">{t(`verify.link.${state}`)}</p>
      <TextLink to="/verify-email">{t("verify.link.askAgain")}</TextLink>
    </Page>
  );
}
