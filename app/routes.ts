import { flatRoutes } from "@remix-run/fs-routes";
import { layout, type RouteConfig } from "@remix-run/route-config";

// Every page sits in one pathless shell whose only job is the error boundary. A refusal thrown by
// an action is caught below the root, so Remix still runs the root's loader: the error page keeps
// the reader's language and the header still shows who is signed in (the root's own boundary, where
// neither is known, is left for a failing root loader).
export default flatRoutes().then((routes) => [layout("page-shell.tsx", routes)]) satisfies RouteConfig;
