import fc from "fast-check";
import { SAMPLE_FILES, VALID_ORG_NUMBERS } from "./factories.ts";

/** Hostile text a form may be sent; those with markup must only ever come back escaped. */
export const HOSTILE_TEXTS = [
  '<script>alert("xss-1")</script>',
  '"><img src=x onerror=alert("xss-2")>',
  "</textarea><svg onload=alert('xss-3')>",
  "<a href=\"javascript:alert('xss-4')\">klikk</a>",
  "'; DROP TABLE cases; --",
  "' OR '1'='1' --",
  "1; UPDATE users SET role='chair'",
  "rapport\u202Eexe.pdf",
  "\u202Bمرحبا بالعالم\u202C",
  "שלום עולם",
  "\u200F\u200E\u2066\u2069",
  "\u0000\u0001\u0007\u001b[31m\r\n\t",
  "%ZZ%00%0d%0a",
  "../../../etc/passwd",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "Ærlig Øl & Å-bar AS",
  "👩🏽‍💻🇳🇴",
] as const;

/** Markup payloads: the exact text must never appear in a page, only its escaped form. */
export const MARKUP_PAYLOADS = HOSTILE_TEXTS.filter((text) => text.includes("<"));

const NUMBERS = [
  "0",
  "-1",
  "1",
  "2",
  "3",
  "7",
  "10",
  "101",
  "1.5",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x10",
];
const DATES = [
  "2026-05-17T12:00",
  "2026-02-30T25:61",
  "2026-13-01",
  "1970-01-01T00:00",
  "9999-12-31T23:59",
  "0000-00-00",
  "2026-03-29T02:30",
  "i morgen",
  "2026-05-17T12:00:00.000Z",
];
const FILE_NAMES = [
  "rapport.pdf",
  "a=b.pdf",
  "a;b.pdf",
  "x'y'.pdf",
  'q"uote.pdf',
  "rapport\u202Eexe.pdf",
  "../../x.pdf",
  "",
];

/** Values beyond the limits: a field over 1 MB (413) and a long one under it. */
const HUGE = ["A".repeat(1_100_000), "ø".repeat(9_000), "<b>".repeat(3_000)];

export type FuzzBody = {
  fields: [string, string][];
  /** Sent as multipart/form-data, with a file part when given. */
  multipart: boolean;
  file: { name: string; type: string; bytes: Uint8Array } | null;
};

/**
 * Arbitrary form bodies for one action: mostly the form's own field names and intents (so the
 * body reaches the rules behind the schema), some random names, and values from every corner —
 * unicode with bidi and control characters, numbers and dates that are not, markup and SQL, the
 * fixture's real ids and addresses, empty values, several values under one name, and now and then
 * a value over the size limit.
 */
export function formBodies(options: { fields: string[]; intents?: string[]; known: string[] }): fc.Arbitrary<FuzzBody> {
  const value = fc.oneof(
    { weight: 20, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 12, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 10, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 6, arbitrary: fc.constantFrom(...DATES) },
    { weight: 8, arbitrary: fc.constantFrom(...options.known, ...VALID_ORG_NUMBERS) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_TEXTS), fc.string({ maxLength: 10 }))
        .map((parts) => parts.join("")),
    },
    { weight: 4, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  );
  const values = fc.oneof(
    { weight: 9, arbitrary: value.map((item) => [item]) },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
  );
  const fieldName = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...options.fields) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }) },
  );
  const intent = options.intents?.length
    ? fc.option(
        fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...options.intents) }, { weight: 1, arbitrary: value }),
        { freq: 12 },
      )
    : fc.constant(null);
  const file = fc.option(
    fc.record({
      name: fc.oneof(fc.constantFrom(...FILE_NAMES), fc.string({ unit: "binary", maxLength: 20 })),
      type: fc.constantFrom("application/pdf", "image/png", "text/html", "application/octet-stream", ""),
      bytes: fc.oneof(
        fc.constantFrom(SAMPLE_FILES.pdf, SAMPLE_FILES.png, new TextEncoder().encode("<script>alert(1)</script>")),
        fc.uint8Array({ maxLength: 64 }),
      ),
    }),
    { freq: 2 },
  );
  return fc
    .record({
      intent,
      pairs: fc.array(fc.tuple(fieldName, values), { maxLength: options.fields.length + 2 }),
      multipart: fc.integer({ min: 0, max: 9 }).map((roll) => roll < 2),
      file,
    })
    .map(({ intent: chosen, pairs, multipart, file: chosenFile }) => ({
      fields: [
        ...(chosen === null ? [] : ([["intent", chosen]] as [string, string][])),
        ...pairs.flatMap(([name, items]) => items.map((item): [string, string] => [name, item])),
      ],
      multipart: multipart || chosenFile !== null,
      file: chosenFile,
    }));
}

/**
 * The request body and headers a browser would send for `body`, as one buffer: fetch streams a
 * FormData in pieces, and an action that answers without reading its body (a 404, a redirect)
 * would then close the connection under a client still writing.
 */
export async function encodeBody(
  body: FuzzBody,
): Promise<{ body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  if (!body.multipart) {
    return {
      body: new TextEncoder().encode(new URLSearchParams(body.fields).toString()),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    };
  }
  const form = new FormData();
  for (const [name, value] of body.fields) form.append(name, value);
  if (body.file) {
    form.append("file", new Blob([new Uint8Array(body.file.bytes)], { type: body.file.type }), body.file.name);
  }
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    body: new Uint8Array(await request.arrayBuffer()),
    headers: { "Content-Type": request.headers.get("content-type")! },
  };
}

/** A short description of a body for a failure message (huge values cut). */
export function describeBody(body: FuzzBody): string {
  const fields = body.fields.map(([name, value]) => [
    name,
    value.length > 80 ? `${value.slice(0, 40)}…(${value.length})` : value,
  ]);
  return JSON.stringify({ multipart: body.multipart, file: body.file?.name ?? null, fields });
}
