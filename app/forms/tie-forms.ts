import { z } from "zod";
import type { TieKind } from "#app/domain/conflict-kinds.ts";
import { parseTieLines, TIE_LINES_MAX, TIE_NAME_MAX_LENGTH, type Tie } from "#app/domain/conflicts.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { createAcceptInvitationSchema } from "./account-forms.ts";

/** The three lists a juror fills in, one organisation per line, and the kind of tie each holds. */
export const TIE_FIELDS = [
  { name: "employers", kind: "employer", label: "ties.employers" },
  { name: "boards", kind: "board", label: "ties.boards" },
  { name: "clients", kind: "client", label: "ties.clients" },
] as const satisfies readonly { name: string; kind: TieKind; label: string }[];

const TEXT_MAX_LENGTH = TIE_LINES_MAX * (TIE_NAME_MAX_LENGTH + 20);

/** One list, checked line by line: every bad line gets its own message under the field. */
function tieListField(t: Translate, kind: TieKind) {
  return z
    .string()
    .max(TEXT_MAX_LENGTH, t("form.tooLong", { max: TEXT_MAX_LENGTH }))
    .optional()
    .default("")
    .superRefine((text, ctx) => {
      for (const error of parseTieLines(text).errors) {
        const message =
          error.problem === "tooMany"
            ? t("ties.tooMany", { max: TIE_LINES_MAX })
            : error.problem === "tooLong"
              ? t("ties.line.tooLong", { line: error.line, max: TIE_NAME_MAX_LENGTH })
              : t("ties.line.orgNumber", { line: error.line, text: error.text });
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      }
    })
    .transform((text) => parseTieLines(text).ties.map((tie): Tie => ({ kind, ...tie })));
}

/** The three lists as fields of an object schema, so they join other forms' fields. */
export function tieFields(t: Translate) {
  return {
    employers: tieListField(t, "employer"),
    boards: tieListField(t, "board"),
    clients: tieListField(t, "client"),
  };
}

/** All the ties of a parsed form, in field order. */
export function tiesOf(value: { employers: Tie[]; boards: Tie[]; clients: Tie[] }): Tie[] {
  return [...value.employers, ...value.boards, ...value.clients];
}

/** Accepting an invitation: name and password, and optionally the juror's ties. */
export function createAcceptInvitationWithTiesSchema(
  t: Translate,
  invitedEmail: string,
  strength?: Parameters<typeof createAcceptInvitationSchema>[2],
) {
  return z.intersection(createAcceptInvitationSchema(t, invitedEmail, strength), z.object(tieFields(t)));
}

/** The juror's ties page: add ties, or remove one. */
export function createTiesIntentSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("add"), ...tieFields(t) }),
    z.object({ intent: z.literal("remove"), tieId: z.coerce.number().int().positive() }),
  ]);
}
