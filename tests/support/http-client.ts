/**
 * A tiny browser stand-in for integration tests: keeps cookies, does not follow redirects (so
 * tests can assert them), and posts forms the way a browser without JavaScript does.
 */
export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<Response> {
    return this.send(path, { method: "GET" });
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
    return this.send(path, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: this.baseUrl },
    });
  }

  /** A multipart form, as a browser sends a form with a file input. */
  async postMultipart(
    path: string,
    fields: Record<string, string>,
    file?: { field: string; name: string; type: string; bytes: Uint8Array },
  ): Promise<Response> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (file) body.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    return this.send(path, { method: "POST", body, headers: { Origin: this.baseUrl } });
  }

  async send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const setCookie of response.headers.getSetCookie()) this.storeCookie(setCookie);
    return response;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  setCookieHeader(header: string): void {
    this.cookies.clear();
    for (const pair of header.split(/;\s*/)) {
      const [name, ...rest] = pair.split("=");
      if (name) this.cookies.set(name, rest.join("="));
    }
  }

  private storeCookie(setCookie: string): void {
    const [pair = "", ...attributes] = setCookie.split(";");
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === "";
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** Text of a page with tags removed, for asserting what a reader would see. */
export async function pageText(response: Response): Promise<string> {
  const html = await response.text();
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** A client logged in as `credentials`, failing the test if the login is refused. */
export async function loggedIn(baseUrl: string, credentials: { email: string; password: string }): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const response = await client.post("/login", credentials);
  if (response.status !== 302) throw new Error(`Login as ${credentials.email} answered ${response.status}`);
  return client;
}
