import type { ServerBuild } from "@remix-run/node";
import { guardFormReading } from "#app/utils/form-body.server.ts";

/**
 * The build with every route action reading its form through `guardFormReading`: a body that is
 * not a readable form answers 400 and an oversized field 413 in every action, present and future,
 * without each route having to remember it.
 */
export function withGuardedFormReading(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const action = route.module.action;
      if (!action) return [id, route];
      const guarded: typeof action = (args) => {
        guardFormReading(args.request);
        return action(args);
      };
      return [id, { ...route, module: { ...route.module, action: guarded } }];
    }),
  );
  return { ...build, routes };
}
