import { expect } from "vitest";
import { SAMPLE_FILES } from "./factories.ts";
import type { HttpClient } from "./http-client.ts";

export const COMPLETE_CASE_TEXTS = {
  title: "Svar innen én time – ellers er neste måned gratis",
  summary: "Vi lover svar på alle henvendelser innen én time i åpningstiden.",
  servicePromise: "Kundene får svar innen én time, ellers er neste måned gratis.",
  anchoring: "Alle i kundesenteret lærer løftet første dag. Grensen er åpningstiden, og den står i løftet.",
  realisation: "Vi måler svartid hver dag og deler den med alle. NPS har økt fra 31 til 52 på to år.",
};

async function currentVersion(client: HttpClient, path: string): Promise<string> {
  const version = /name="version" value="(\d+)"/.exec(await (await client.get(path)).text())?.[1];
  expect(version).toBeDefined();
  return version!;
}

/**
 * Writes a complete case through the entrant's own forms, attaches a PDF named `attachmentName`
 * and any further `files` when given, and submits it; returns the case id and the submit response.
 */
export async function writeAndSubmitCase(
  client: HttpClient,
  categoryId: number,
  options: {
    title?: string;
    attachmentName?: string;
    /** Further files uploaded one by one before submitting, as the entrant would. */
    files?: { name: string; type: string; bytes: Uint8Array }[];
  } = {},
) {
  const created = await client.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Utkast" });
  expect(created.status).toBe(302);
  const path = created.headers.get("location")!;
  const texts = { ...COMPLETE_CASE_TEXTS, ...(options.title ? { title: options.title } : {}) };
  const fields = () => ({ categoryId: String(categoryId), ...texts });
  if (options.attachmentName) {
    const uploaded = await client.postMultipart(
      path,
      { intent: "upload", version: await currentVersion(client, path), ...fields() },
      { field: "file", name: options.attachmentName, type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    expect(uploaded.status).toBe(302);
  }
  for (const file of options.files ?? []) {
    const uploaded = await client.postMultipart(
      path,
      { intent: "upload", version: await currentVersion(client, path), ...fields() },
      { field: "file", ...file },
    );
    expect(uploaded.status).toBe(302);
  }
  const submitted = await client.postMultipart(path, {
    intent: "submit",
    version: await currentVersion(client, path),
    ...fields(),
  });
  return { caseId: Number(path.split("/").pop()), submitted };
}
