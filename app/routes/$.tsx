import { ErrorPage } from "#app/components/error-page.tsx";
import { notFoundResponse } from "#app/utils/http.server.ts";

export async function loader() {
  throw notFoundResponse();
}

export async function action() {
  throw notFoundResponse();
}

export default function NotFound() {
  return <ErrorPage />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
