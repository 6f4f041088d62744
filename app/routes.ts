import { flatRoutes } from "@remix-run/fs-routes";
import { layout, type RouteConfig } from "@remix-run/route-config";
import { staffPartsOfRouteFile } from "#app/utils/staff-pages.ts";

// Every page sits in one pathless shell whose only job is the error boundary. A refusal thrown by
// an action is caught below the root, so Remix still runs the root's loader: the error page keeps
// the reader's language and the header still shows who is signed in (the root's own boundary, where
// neither is known, is left for a failing root loader). The chair's and jurors' pages sit in a
// second shell that loads their part of the message catalogue (staff-shell.tsx).
export default flatRoutes().then((routes) => {
  const isStaff = (route: (typeof routes)[number]) => staffPartsOfRouteFile(route.file) !== null;
  return [
    layout("page-shell.tsx", [
      ...routes.filter((route) => !isStaff(route)),
      layout("staff-shell.tsx", routes.filter(isStaff)),
    ]),
  ];
}) satisfies RouteConfig;
