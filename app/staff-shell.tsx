import { Outlet, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { wantStaffParts } from "#app/i18n/catalogue.ts";
import { staffPartsOfUrl } from "#app/utils/staff-pages.ts";

// The pathless route around the chair's and jurors' pages (routes.ts): before such a page is shown
// after a client-side navigation, its parts of the message catalogue come to the browser. A page
// loaded whole gets them before hydrating (entry.client.tsx). The server loader is empty, but
// without one Remix would render a fallback in place of the page and run clientLoader on hydration.
export const loader = () => null;

export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  await wantStaffParts(staffPartsOfUrl(new URL(request.url).pathname) ?? []);
  return null;
}

// Parent loaders do not run again when only the child page changes; this one must, as the next page
// may be another group's. It never asks the server (clientLoader does not call serverLoader).
export const shouldRevalidate = () => true;

export default Outlet;
