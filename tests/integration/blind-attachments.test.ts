import { existsSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignConfirmed, auditActions, createOpenCompetition, createUser, sqlRows } from "#tests/support/factories.ts";
import { writeAndSubmitCase } from "#tests/support/entrant-cases.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import {
  COMPANY,
  jpegWithMetadata,
  pdfWithMetadata,
  pngWithMetadata,
  UNREADABLE_PDF,
} from "#tests/support/metadata-files.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let entrant: HttpClient;
let juror: HttpClient;
let jurorId: string;
let competitionId: number;
let caseId: number;
let files: { pdf: Uint8Array; jpeg: Uint8Array; png: Uint8Array };
const links: Record<"pdf" | "jpeg" | "png" | "unreadable", string> = { pdf: "", jpeg: "", png: "", unreadable: "" };

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
  const jurorUser = await createUser(server.databasePath, { role: "juror" });
  jurorId = jurorUser.id;
  juror = await loggedIn(server.baseUrl, jurorUser);
  files = { pdf: await pdfWithMetadata(), jpeg: jpegWithMetadata(), png: pngWithMetadata() };

  const competition = createOpenCompetition(server.databasePath);
  competitionId = competition.competitionId;
  const [categoryId] = competition.categoryIds;
  const { caseId: id, submitted } = await writeAndSubmitCase(entrant, categoryId, {
    files: [
      { name: `Rapport ${COMPANY}.pdf`, type: "application/pdf", bytes: files.pdf },
      { name: "bilde.jpg", type: "image/jpeg", bytes: files.jpeg },
      { name: "skjerm.png", type: "image/png", bytes: files.png },
      { name: "ødelagt.pdf", type: "application/pdf", bytes: UNREADABLE_PDF },
    ],
  });
  expect(submitted.status).toBe(302);
  caseId = id;
  assignConfirmed(server.databasePath, caseId, jurorId);
  const paths = sqlRows<{ id: number }>(
    server.databasePath,
    "SELECT id FROM attachments WHERE case_id = ? ORDER BY id",
    caseId,
  ).map((row) => `/cases/${caseId}/attachments/${row.id}`);
  [links.pdf, links.jpeg, links.png, links.unreadable] = paths as [string, string, string, string];
  const blindOn = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "blind-on" });
  expect(blindOn.status).toBe(302);
});

afterAll(async () => {
  await server?.stop();
});

describe("a blind juror's copy of the files", () => {
  it("has a PDF without the company in its Info dictionary or XMP, and with every page", async () => {
    expect(latin1(files.pdf)).toContain(`/Author (${COMPANY})`);
    expect(latin1(files.pdf)).toContain("xmpmeta");

    const download = await juror.get(links.pdf);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain('filename="vedlegg-1.pdf"');
    const stripped = await bytesOf(download);
    expect(Number(download.headers.get("content-length"))).toBe(stripped.length);
    const text = latin1(stripped);
    expect(text).not.toContain(COMPANY);
    expect(text).not.toMatch(/\/Author|\/Creator|\/Producer|\/Title|\/Keywords|\/Metadata|xmpmeta/);
    const reread = await PDFDocument.load(stripped, { updateMetadata: false });
    expect(reread.getPageCount()).toBe(3);
    expect(reread.getAuthor()).toBeUndefined();
    expect(reread.catalog.get(PDFName.of("Metadata"))).toBeUndefined();

    // The second download is the cached copy, byte for byte.
    expect(await bytesOf(await juror.get(links.pdf))).toEqual(stripped);
    const [{ sha256 }] = sqlRows<{ sha256: string }>(
      server.databasePath,
      "SELECT sha256 FROM attachments WHERE case_id = ? ORDER BY id LIMIT 1",
      caseId,
    ) as [{ sha256: string }];
    expect(existsSync(join(server.dataDir, "blind-copies", "v1", sha256.slice(0, 2), sha256))).toBe(true);
  });

  it("has images without Exif, XMP, IPTC, comments or text chunks", async () => {
    const jpeg = await juror.get(links.jpeg);
    expect(jpeg.status).toBe(200);
    const jpegBytes = await bytesOf(jpeg);
    expect(latin1(jpegBytes)).not.toContain(COMPANY);
    expect(latin1(jpegBytes)).not.toContain("Exif");
    expect([...jpegBytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);

    const png = await juror.get(links.png);
    expect(png.status).toBe(200);
    const pngBytes = await bytesOf(png);
    expect(latin1(pngBytes)).not.toContain(COMPANY);
    expect(latin1(pngBytes)).toMatch(/IHDR[\s\S]*IDAT[\s\S]*IEND/);
  });

  it("refuses a PDF nothing can read, never sends the original, and tells the chair on the case and once in the log", async () => {
    const refused = await juror.get(links.unreadable);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const message = await refused.text();
    expect(message).toContain("Dette vedlegget kan ikke vises under blind vurdering");
    expect(message).not.toContain("%PDF");
    expect(message).not.toContain(COMPANY);

    const again = await juror.get(links.unreadable);
    expect(again.status).toBe(409);
    expect(await again.text()).toBe(message);
    expect(auditActions(server.databasePath, "case", caseId).filter((a) => a === "attachment.blind-refused")).toEqual([
      "attachment.blind-refused",
    ]);
    expect(await pageText(await chair.get(`/chair/cases/${caseId}`))).toContain(
      "Blind vurdering: Jurymedlemmene får ikke se ødelagt.pdf.",
    );
  });

  it("says on the case page what was removed and that the content is the entrant's responsibility", async () => {
    const page = await pageText(await juror.get(`/jury/cases/${caseId}`));
    expect(page).toContain("Fra PDF-filer har vi fjernet forfatter, tittel, emne, stikkord");
    expect(page).toContain("er bedriftens ansvar");
    expect(page).not.toContain(COMPANY);
  });
});

describe("everyone else", () => {
  it("gives the entrant and the chair the originals, the unreadable one too", async () => {
    for (const reader of [entrant, chair]) {
      expect(await bytesOf(await reader.get(links.pdf))).toEqual(files.pdf);
      expect(await bytesOf(await reader.get(links.jpeg))).toEqual(files.jpeg);
      expect(await bytesOf(await reader.get(links.unreadable))).toEqual(UNREADABLE_PDF);
    }
  });

  it("gives the juror the original file and no notice once the competition judges openly", async () => {
    const blindOff = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "blind-off" });
    expect(blindOff.status).toBe(302);
    const download = await juror.get(links.pdf);
    expect(download.status).toBe(200);
    expect(await bytesOf(download)).toEqual(files.pdf);
    expect(await bytesOf(await juror.get(links.unreadable))).toEqual(UNREADABLE_PDF);
    expect(await pageText(await juror.get(`/jury/cases/${caseId}`))).not.toContain("Fra PDF-filer har vi fjernet");
  });
});
