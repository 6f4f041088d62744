export const ROLES = ["entrant", "juror", "chair"] as const;
export type Role = (typeof ROLES)[number];

/** Where each role lands after logging in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  entrant: "/entrant",
  juror: "/jury",
  chair: "/chair",
};
