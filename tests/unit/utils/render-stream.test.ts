import { createElement, Suspense, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RenderTimeoutError, streamDocument } from "#app/utils/render-stream.server.ts";

const TOKEN = "kq3V7m1xB9_wZ-pL2sD8fG4hJ6kL0zX5cV7bN9mQ1wE";

/** A part of the page that never finishes rendering, as a stuck data source would. */
function Stall(): ReactNode {
  throw new Promise<never>(() => {});
}

const page = (content: ReactNode) =>
  createElement("html", null, createElement("body", null, createElement("h1", null, "Juryoversikt"), content));

function render(document: ReactNode, options: { waitForAll?: boolean; url?: string } = {}) {
  return streamDocument(document, {
    request: new Request(`http://localhost${options.url ?? "/chair/jury?competition=1"}`),
    status: 200,
    headers: new Headers({ "Cache-Control": "no-store" }),
    nonce: "abc123",
    waitForAll: options.waitForAll ?? false,
    timeoutMs: 50,
    timeoutAnswer: () => new Response("Siden tok for lang tid", { status: 503 }),
  });
}

describe("streamDocument", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  afterEach(() => logged.mockClear());

  it("streams a page that renders in time, with its headers and no log", async () => {
    const response = await render(page(createElement("p", null, "Alle juryer er ferdige")));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toContain("Alle juryer er ferdige");
    await new Promise((resolve) => setTimeout(resolve, 100)); // past the timeout: it was cleared
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers a render stuck before its shell with the timeout answer and logs the URL", async () => {
    const response = await render(page(createElement(Stall)));
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("Siden tok for lang tid");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toBe(
      "Render timed out after 50 ms: GET /chair/jury?competition=1; answered with an error page",
    );
  });

  it("breaks off a page stuck after its shell was sent, so it never arrives as a complete 200", async () => {
    const response = await render(page(createElement(Suspense, { fallback: "Laster…" }, createElement(Stall))));
    expect(response.status).toBe(200); // the shell went out before the render got stuck
    await expect(response.text()).rejects.toBeInstanceOf(RenderTimeoutError);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toBe(
      "Render timed out after 50 ms: GET /chair/jury?competition=1; the page was partly sent, so its connection was cut",
    );
  });

  it("sends crawlers, who wait for the whole page, the timeout answer when any part of it timed out", async () => {
    const stuck = page(createElement(Suspense, { fallback: "Laster…" }, createElement(Stall)));
    const response = await render(stuck, { waitForAll: true });
    expect(response.status).toBe(503);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("keeps tokens out of the log", async () => {
    await render(page(createElement(Stall)), { url: `/reset-password/${TOKEN}` });
    expect(String(logged.mock.calls[0]![0])).toContain("GET /reset-password/[token];");
  });
});
