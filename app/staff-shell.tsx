import { Outlet } from "@remix-run/react";
import { wantStaffMessages } from "#app/i18n/catalogue.ts";

// The pathless route around the chair's and jurors' pages (routes.ts): before the first of them is
// shown after a client-side navigation, their part of the message catalogue comes to the browser.
// A page loaded whole gets it before hydrating (entry.client.tsx). The server loader is empty, but
// without one Remix would render a fallback in place of the page and run clientLoader on hydration.
export const loader = () => null;

export async function clientLoader() {
  await wantStaffMessages();
  return null;
}

export default Outlet;
