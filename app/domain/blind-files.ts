import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from "pdf-lib";
import type { AttachmentType } from "./attachments.ts";

/**
 * Under blind judging a file must not name the company in its metadata. These strippers remove the
 * places tools write names and organisations to without anyone noticing: a PDF's Info dictionary and
 * XMP streams, a JPEG's Exif/XMP/IPTC segments and comments, a PNG's text and Exif chunks. The
 * visible content is left alone: what the entrant wrote is the entrant's responsibility. Each one
 * throws when it cannot read the file, so the caller can refuse rather than serve the original.
 */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableFileError";
  }
}

// JPEG markers that carry no length field (besides SOI and EOI).
const STANDALONE_MARKERS = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);
const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;
// Application segments a decoder needs: JFIF (APP0), the ICC colour profile (APP2) and Adobe's
// colour transform (APP14). Every other APPn (Exif and XMP in APP1, maker data, IPTC in APP13) and
// comments (COM) are metadata.
const KEPT_APP_SEGMENTS = new Set([0xe0, 0xe2, 0xee]);
const COMMENT = 0xfe;

function isMetadataSegment(marker: number): boolean {
  return marker === COMMENT || (marker >= 0xe0 && marker <= 0xef && !KEPT_APP_SEGMENTS.has(marker));
}

/** A JPEG without Exif, XMP, IPTC and comment segments; the image data is copied unchanged. */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new UnreadableFileError("not a JPEG");
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  for (;;) {
    if (offset + 2 > bytes.length || bytes[offset] !== 0xff) throw new UnreadableFileError("broken JPEG segment");
    let markerAt = offset + 1;
    while (bytes[markerAt] === 0xff) markerAt += 1; // fill bytes before a marker
    const marker = bytes[markerAt];
    if (marker === undefined) throw new UnreadableFileError("JPEG ends inside a marker");
    const segmentStart = markerAt + 1;
    if (marker === END_OF_IMAGE) {
      kept.push(bytes.subarray(markerAt - 1, segmentStart));
      break;
    }
    if (STANDALONE_MARKERS.has(marker)) {
      kept.push(bytes.subarray(markerAt - 1, segmentStart));
      offset = segmentStart;
      continue;
    }
    if (segmentStart + 2 > bytes.length) throw new UnreadableFileError("JPEG ends inside a segment");
    const length = (bytes[segmentStart]! << 8) | bytes[segmentStart + 1]!;
    const segmentEnd = segmentStart + length;
    if (length < 2 || segmentEnd > bytes.length) throw new UnreadableFileError("JPEG segment overruns the file");
    if (marker === START_OF_SCAN) {
      // The entropy-coded image data follows; nothing after it is parsed, only copied.
      kept.push(bytes.subarray(markerAt - 1));
      break;
    }
    if (!isMetadataSegment(marker)) kept.push(bytes.subarray(markerAt - 1, segmentEnd));
    offset = segmentEnd;
  }
  return concat(kept);
}

const PNG_SIGNATURE_LENGTH = 8;
// Text chunks (often Author, Copyright, Software, Comment) and Exif.
const PNG_METADATA_CHUNKS = new Set(["tEXt", "zTXt", "iTXt", "eXIf"]);

/** A PNG without text and Exif chunks; every other chunk is copied unchanged (CRCs stay valid). */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes.length < PNG_SIGNATURE_LENGTH || bytes[0] !== 0x89 || bytes[1] !== 0x50)
    throw new UnreadableFileError("not a PNG");
  const kept: Uint8Array[] = [bytes.subarray(0, PNG_SIGNATURE_LENGTH)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE_LENGTH;
  for (;;) {
    if (offset + 8 > bytes.length) throw new UnreadableFileError("PNG ends before IEND");
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const chunkEnd = offset + 12 + length;
    if (chunkEnd > bytes.length) throw new UnreadableFileError("PNG chunk overruns the file");
    if (!PNG_METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(offset, chunkEnd));
    offset = chunkEnd;
    if (type === "IEND") break;
  }
  return concat(kept);
}

const INFO_AND_PRIVATE_KEYS = [PDFName.of("Metadata"), PDFName.of("PieceInfo")];

/**
 * A PDF without its Info dictionary (Author, Creator, Producer, Title, Subject, Keywords, dates), any
 * XMP /Metadata stream (the catalog's, a page's or an image's) and application private data
 * (/PieceInfo). Objects no longer reachable from the catalog are dropped too: pdf-lib writes every
 * object it read, and an older revision's Info dictionary would otherwise survive as an orphan.
 */
export async function stripPdfMetadata(bytes: Uint8Array): Promise<Uint8Array> {
  let document: PDFDocument;
  try {
    // updateMetadata: false, or pdf-lib writes its own Producer and dates into a fresh Info dictionary.
    // An encrypted PDF is refused here too: its strings cannot be read, so they cannot be checked.
    document = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    throw new UnreadableFileError(`pdf-lib cannot read the PDF: ${(error as Error).message}`);
  }
  const { context } = document;
  const root = context.trailerInfo.Root;
  if (!(root instanceof PDFRef)) throw new UnreadableFileError("the PDF has no catalog");
  context.trailerInfo.Info = undefined;

  const reachable = new Set<string>();
  const pending: PDFObject[] = [root];
  while (pending.length > 0) {
    const object = pending.pop()!;
    if (object instanceof PDFRef) {
      if (reachable.has(object.tag)) continue;
      reachable.add(object.tag);
      const target = context.lookup(object);
      if (target instanceof PDFRawStream) stripEmbeddedJpeg(context, object, target);
      if (target) pending.push(target);
    } else if (object instanceof PDFDict || object instanceof PDFStream) {
      const dict = object instanceof PDFStream ? object.dict : object;
      for (const key of INFO_AND_PRIVATE_KEYS) dict.delete(key);
      for (const [, value] of dict.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref.tag)) context.delete(ref);
  // Without object streams the copy's dictionaries stay readable text: anyone (and our tests) can
  // open it in a text viewer and see that no name is left.
  return document.save({ useObjectStreams: false });
}

const DCT_DECODE = PDFName.of("DCTDecode");

/**
 * A photo placed in a document keeps its camera's Exif inside the PDF (a JPEG stream is stored as
 * it is). Its metadata segments go the same way as a JPEG attachment's. One we cannot read is left
 * as it is: it is page content, and the page would otherwise lose the picture.
 */
function stripEmbeddedJpeg(context: PDFContext, ref: PDFRef, stream: PDFRawStream): void {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only !== DCT_DECODE) return;
  try {
    const stripped = stripJpegMetadata(stream.contents);
    // The writer sets /Length from the new contents.
    if (stripped.length < stream.contents.length) context.assign(ref, PDFRawStream.of(stream.dict, stripped));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
}

/** The copy a blind juror may receive, or UnreadableFileError. */
export async function stripIdentifyingMetadata(type: AttachmentType, bytes: Uint8Array): Promise<Uint8Array> {
  switch (type) {
    case "application/pdf":
      return stripPdfMetadata(bytes);
    case "image/jpeg":
      return stripJpegMetadata(bytes);
    case "image/png":
      return stripPngMetadata(bytes);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
