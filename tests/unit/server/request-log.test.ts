import { describe, expect, it } from "vitest";
import { redactTokens } from "../../../server/request-log.ts";

const TOKEN = "kq3V7m1xB9_wZ-pL2sD8fG4hJ6kL0zX5cV7bN9mQ1wE";

describe("redactTokens", () => {
  it("replaces tokens in the path and the query, keeping the rest", () => {
    expect(redactTokens(`/invitations/${TOKEN}`)).toBe("/invitations/[token]");
    expect(redactTokens(`/invitations/short.data`)).toBe("/invitations/[token]");
    expect(redactTokens(`/reset-password/${TOKEN}?from=mail`)).toBe("/reset-password/[token]?from=mail");
    expect(redactTokens(`/setup?token=${TOKEN}`)).toBe("/setup?token=[token]");
    expect(redactTokens(`/any/new/route/${TOKEN}.data?x=1`)).toBe("/any/new/route/[token]?x=1");
    expect(redactTokens(`/verify-email?code=${TOKEN}&lang=en`)).toBe("/verify-email?code=[token]&lang=en");
  });

  it("leaves ordinary paths alone", () => {
    expect(redactTokens("/chair/ranking?competition=2&method=median")).toBe(
      "/chair/ranking?competition=2&method=median",
    );
    expect(redactTokens("/assets/root-BxYz12Ab.js")).toBe("/assets/root-BxYz12Ab.js");
    expect(redactTokens("/invitations")).toBe("/invitations");
  });
});
