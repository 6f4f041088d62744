import { Link, type LinkProps } from "@remix-run/react";

/** The portal's one link style for links inside page text and tables. */
export function TextLink({ className = "", ...props }: LinkProps) {
  return <Link {...props} className={`text-brand-700 underline hover:text-brand-900 ${className}`.trim()} />;
}
