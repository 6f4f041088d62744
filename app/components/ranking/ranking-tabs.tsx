import { Link } from "@remix-run/react";

/** Links that switch the ranking page between rounds or categories, the current one marked. */
export function RankingTabs({
  label,
  tabs,
  className,
}: {
  label: string;
  className: string;
  tabs: { key: string | number; to: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          to={tab.to}
          aria-current={tab.current ? "page" : undefined}
          className={`rounded-md border px-3 py-1 ${tab.current ? "border-brand-700 bg-brand-50 font-semibold" : "border-gray-300"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
