/**
 * The current address's query with some parameters changed (null removes one), for links that page
 * or sort one list and keep every other filter, sort and page on the page as they are.
 */
export function hrefWith(search: URLSearchParams, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "?";
}
