import type { MetaFunction } from "@remix-run/node";
import { ErrorPage } from "#app/components/error-page.tsx";
import { pageTitle } from "#app/i18n/page-title.ts";
import { notFoundResponse } from "#app/utils/http.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("error.notFound.title"));

export function loader(): never {
  throw notFoundResponse();
}

export function action(): never {
  throw notFoundResponse();
}

export default function NotFound() {
  return <ErrorPage />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
