// The chair's and jurors' pages, by route file and by address. Their share of the message catalogue
// travels apart (tooling/locale-catalogues.ts, staff-shell.tsx), so both tests must agree.
export const isStaffRouteFile = (file: string) => /^routes\/(chair|jury)[._]/.test(file);
export const isStaffUrl = (pathname: string) => /^\/(chair|jury)(\/|$)/.test(pathname);
