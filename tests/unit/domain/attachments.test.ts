import { describe, expect, it } from "vitest";
import {
  checkAttachment,
  detectAttachmentType,
  MAX_ATTACHMENT_BYTES,
  safeDownloadName,
} from "#app/domain/attachments.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const PDF = new TextEncoder().encode("%PDF-1.7\n");
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);

describe("file type by content", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(detectAttachmentType(PDF)).toBe("application/pdf");
    expect(detectAttachmentType(PNG)).toBe("image/png");
    expect(detectAttachmentType(JPEG)).toBe("image/jpeg");
  });

  it("does not take a text file renamed to .pdf for a PDF", () => {
    expect(detectAttachmentType(new TextEncoder().encode("Dette er ikke en PDF"))).toBeNull();
    expect(detectAttachmentType(bytes(0x25, 0x50, 0x44))).toBeNull(); // "%PD": cut short
  });
});

describe("upload rules", () => {
  it("accepts a PDF of exactly 10 MB", () => {
    expect(checkAttachment({ size: MAX_ATTACHMENT_BYTES, firstBytes: PDF, existingCount: 4 })).toEqual({
      ok: true,
      type: "application/pdf",
    });
  });

  it("refuses an 11 MB file, an empty file, a wrong type and a sixth file", () => {
    expect(checkAttachment({ size: 11 * 1024 * 1024, firstBytes: PDF, existingCount: 0 })).toEqual({
      ok: false,
      problem: "too-large",
    });
    expect(checkAttachment({ size: 0, firstBytes: bytes(), existingCount: 0 })).toEqual({
      ok: false,
      problem: "empty",
    });
    expect(checkAttachment({ size: 20, firstBytes: bytes(0x50, 0x4b, 3, 4), existingCount: 0 })).toEqual({
      ok: false,
      problem: "wrong-type",
    });
    expect(checkAttachment({ size: 20, firstBytes: PDF, existingCount: 5 })).toEqual({
      ok: false,
      problem: "too-many",
    });
  });
});

describe("download names", () => {
  it("keeps a normal Norwegian name", () => {
    expect(safeDownloadName("Kundeundersøkelse 2026.pdf", "application/pdf")).toBe("Kundeundersøkelse 2026.pdf");
  });

  it("drops folders, so a name cannot point anywhere", () => {
    expect(safeDownloadName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeDownloadName("C:\\Users\\kari\\rapport.pdf", "application/pdf")).toBe("rapport.pdf");
  });

  it("removes control characters and gives the extension of what the file really is", () => {
    expect(safeDownloadName("rapport\u0000.pdf", "application/pdf")).toBe("rapport.pdf");
    expect(safeDownloadName("bilde.pdf", "image/png")).toBe("bilde.png");
    expect(safeDownloadName("foto.JPEG", "image/jpeg")).toBe("foto.jpg");
  });

  it("names a file with no usable name 'vedlegg' and cuts long names to 120 characters", () => {
    expect(safeDownloadName("", "application/pdf")).toBe("vedlegg.pdf");
    expect(safeDownloadName(".pdf", "application/pdf")).toBe("vedlegg.pdf");
    const long = safeDownloadName(`${"å".repeat(300)}.pdf`, "application/pdf");
    expect([...long].length).toBe(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
