import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { stripJpegMetadata, stripPdfMetadata, stripPngMetadata, UnreadableFileError } from "#app/domain/blind-files.ts";
import {
  COMPANY,
  jpegWithMetadata,
  pdfWithMetadata,
  pngWithMetadata,
  UNREADABLE_PDF,
} from "#tests/support/metadata-files.ts";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("JPEG metadata", () => {
  it("drops Exif, XMP, IPTC and comments and keeps JFIF, the colour profile and the image data", () => {
    const original = jpegWithMetadata();
    expect(text(original)).toContain(COMPANY);
    const stripped = stripJpegMetadata(original);
    expect(text(stripped)).not.toContain(COMPANY);
    expect(text(stripped)).not.toContain("Exif");
    expect(text(stripped)).toContain("JFIF");
    expect(text(stripped)).toContain("ICC_PROFILE");
    // Everything from the start of scan on is copied byte for byte.
    const scanAt = original.findIndex((byte, index) => byte === 0xff && original[index + 1] === 0xda);
    expect(text(stripped).endsWith(text(original.subarray(scanAt)))).toBe(true);
  });

  it("leaves a JPEG without metadata byte for byte as it was", () => {
    const plain = stripJpegMetadata(jpegWithMetadata());
    expect(stripJpegMetadata(plain)).toEqual(plain);
  });

  it("refuses a JPEG cut off inside a segment rather than guessing", () => {
    const original = jpegWithMetadata();
    expect(() => stripJpegMetadata(original.subarray(0, 30))).toThrow(UnreadableFileError);
    expect(() => stripJpegMetadata(new Uint8Array([0xff, 0xd8, 0x00, 0x01]))).toThrow(UnreadableFileError);
  });
});

describe("PNG metadata", () => {
  it("drops tEXt, zTXt, iTXt and eXIf chunks and keeps the image chunks in order", () => {
    const stripped = stripPngMetadata(pngWithMetadata());
    expect(text(stripped)).not.toContain(COMPANY);
    const chunks = text(stripped).match(/IHDR|IDAT|IEND|tEXt|zTXt|iTXt|eXIf/g);
    expect(chunks).toEqual(["IHDR", "IDAT", "IEND"]);
  });

  it("refuses a PNG without its end chunk", () => {
    const original = pngWithMetadata();
    expect(() => stripPngMetadata(original.subarray(0, original.length - 12))).toThrow(UnreadableFileError);
  });
});

describe("PDF metadata", () => {
  it("removes the Info dictionary and the XMP stream and keeps every page", async () => {
    const original = await pdfWithMetadata();
    expect(text(original)).toContain(`/Author (${COMPANY})`);
    const stripped = await stripPdfMetadata(original);
    expect(text(stripped)).not.toContain(COMPANY);
    expect(text(stripped)).not.toMatch(/\/Author|\/Creator|\/Producer|\/Title|\/Metadata|xmpmeta/);
    const reread = await PDFDocument.load(stripped, { updateMetadata: false });
    expect(reread.getPageCount()).toBe(3);
    expect(reread.getAuthor()).toBeUndefined();
    expect(reread.catalog.get(PDFName.of("Metadata"))).toBeUndefined();
  });

  it("drops an earlier revision's Info dictionary that nothing refers to any more", async () => {
    const document = await PDFDocument.load(await pdfWithMetadata(), { updateMetadata: false });
    // An incremental update that pointed the trailer at a new Info: the old one stays in the file.
    document.context.trailerInfo.Info = document.context.obj({ Author: "Ny forfatter" });
    const updated = await document.save({ useObjectStreams: false });
    expect(text(updated)).toContain(`/Author (${COMPANY})`);
    expect(text(await stripPdfMetadata(updated))).not.toContain(COMPANY);
  });

  it("removes the camera's Exif from a photo placed in the PDF and keeps the photo", async () => {
    const document = await PDFDocument.load(await pdfWithMetadata(), { updateMetadata: false });
    const photo = jpegWithMetadata("Kamera hos Fjordlys");
    const image = document.context.register(
      document.context.stream(photo, { Type: "XObject", Subtype: "Image", Filter: "DCTDecode", Width: 1, Height: 1 }),
    );
    document.getPage(0).node.setXObject(PDFName.of("Foto"), image);
    const stripped = text(await stripPdfMetadata(await document.save({ useObjectStreams: false })));
    expect(stripped).not.toContain("Kamera hos Fjordlys");
    expect(stripped).toContain(text(stripJpegMetadata(photo)));
  });

  it("refuses a file that only starts like a PDF", async () => {
    await expect(stripPdfMetadata(UNREADABLE_PDF)).rejects.toThrow(UnreadableFileError);
  });
});
