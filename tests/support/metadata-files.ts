import { PDFDocument, PDFName, PDFString } from "pdf-lib";

/** Files whose metadata names a company, as office tools and cameras write them, for the blind-judging tests. */
export const COMPANY = "Fjordlys Energi AS";

const ascii = (text: string) => new TextEncoder().encode(text);

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((part) => [...part]));
}

/**
 * A three-page PDF with `/Author (Fjordlys Energi AS)` as a literal string (pdf-lib's own setters
 * write hex strings), Creator, Producer, Title, Subject, Keywords and an uncompressed XMP stream.
 */
export async function pdfWithMetadata(company = COMPANY): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  for (let page = 0; page < 3; page += 1) document.addPage([595, 842]).drawText(`Side ${page + 1}`, { x: 50, y: 800 });
  const info = document.context.obj({});
  info.set(PDFName.of("Author"), PDFString.of(company));
  info.set(PDFName.of("Creator"), PDFString.of(`Microsoft Word for ${company}`));
  info.set(PDFName.of("Producer"), PDFString.of("Acrobat Distiller 23"));
  info.set(PDFName.of("Title"), PDFString.of(`Serviceloftet til ${company}`));
  info.set(PDFName.of("Subject"), PDFString.of("Kundeservice"));
  info.set(PDFName.of("Keywords"), PDFString.of(company));
  document.context.trailerInfo.Info = document.context.register(info);
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${company}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const metadata = document.context.register(document.context.stream(xmp, { Type: "Metadata", Subtype: "XML" }));
  document.catalog.set(PDFName.of("Metadata"), metadata);
  // Plain objects, so the name is readable in the bytes, as in the file the issue reports.
  return document.save({ useObjectStreams: false });
}

/** Starts like a PDF (so the upload accepts it) but no PDF reader can make sense of it. */
export const UNREADABLE_PDF = ascii(`%PDF-1.7\n/Author (${COMPANY})\nthis is no PDF at all\n%%EOF\n`);

function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return concat([0xff, marker, length >> 8, length & 0xff], payload);
}

/** A JPEG with JFIF, Exif (APP1), XMP (APP1), IPTC (APP13) and a comment naming the company. */
export function jpegWithMetadata(company = COMPANY): Uint8Array {
  return concat(
    [0xff, 0xd8],
    jpegSegment(0xe0, concat(ascii("JFIF"), [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    jpegSegment(0xe1, concat(ascii("Exif"), [0, 0], ascii(`MM\0*Artist ${company}`))),
    jpegSegment(0xe1, ascii(`http://ns.adobe.com/xap/1.0/\0<dc:creator>${company}</dc:creator>`)),
    jpegSegment(0xe2, concat(ascii("ICC_PROFILE"), [0, 1, 1])),
    jpegSegment(0xed, ascii(`Photoshop 3.0\0${company}`)),
    jpegSegment(0xfe, ascii(`Laget av ${company}`)),
    jpegSegment(0xdb, new Uint8Array(65)),
    jpegSegment(0xda, new Uint8Array([1, 1, 0, 0, 63, 0])),
    [0x12, 0x34, 0xff, 0x00, 0x56],
    [0xff, 0xd9],
  );
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const length = data.length;
  // The strippers do not check CRCs; zeros keep the fixture short.
  return concat(
    [length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff],
    ascii(type),
    data,
    [0, 0, 0, 0],
  );
}

/** A PNG with tEXt, zTXt, iTXt and eXIf chunks naming the company. */
export function pngWithMetadata(company = COMPANY): Uint8Array {
  return concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk("IHDR", new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    pngChunk("tEXt", ascii(`Author\0${company}`)),
    pngChunk("iTXt", ascii(`Copyright\0\0\0\0\0${company}`)),
    pngChunk("zTXt", ascii(`Comment\0\0${company}`)),
    pngChunk("eXIf", ascii(`MM\0*${company}`)),
    pngChunk("IDAT", new Uint8Array([1, 2, 3])),
    pngChunk("IEND", new Uint8Array()),
  );
}
