// The pathless route every page sits in (routes.ts): an error boundary below the root, nothing else.
export { Outlet as default } from "@remix-run/react";
export { ErrorPage as ErrorBoundary } from "#app/components/error-page.tsx";
