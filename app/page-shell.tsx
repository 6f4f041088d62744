import { Outlet } from "@remix-run/react";
import { ErrorPage } from "#app/components/error-page.tsx";

/** The pathless route every page sits in (routes.ts): an error boundary below the root. */
export default function PageShell() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
