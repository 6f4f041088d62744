import { z } from "zod";
import { findPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#app/domain/passwords.ts";
import { isValidOrgNumber, normaliseOrgNumber } from "#app/domain/org-number.ts";
import type { Translate } from "#app/i18n/messages.ts";

// One schema per form, built with the reader's translator so messages arrive in their language;
// the same schema validates in the browser (Conform) and again in the action.

export const NAME_MAX_LENGTH = 120;
export const ORGANISATION_NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;

function requiredText(t: Translate, max: number) {
  return z
    .string({ required_error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(max, t("form.tooLong", { max }));
}

function emailField(t: Translate) {
  return z
    .string({ required_error: t("form.required") })
    .trim()
    .max(EMAIL_MAX_LENGTH, t("form.tooLong", { max: EMAIL_MAX_LENGTH }))
    .email(t("form.email.invalid"));
}

const passwordMessages = (t: Translate) =>
  ({
    "too-short": t("account.password.tooShort", { min: PASSWORD_MIN_LENGTH }),
    "too-long": t("account.password.tooLong", { max: PASSWORD_MAX_LENGTH }),
    "same-as-email": t("account.password.sameAsEmail"),
  }) as const;

function newPasswordCheck(t: Translate) {
  return (value: { email: string; password: string }, ctx: z.RefinementCtx) => {
    const problem = findPasswordProblem(value.password, value.email);
    if (problem)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["password"], message: passwordMessages(t)[problem] });
  };
}

export function createRegisterSchema(t: Translate) {
  return z
    .object({
      name: requiredText(t, NAME_MAX_LENGTH),
      email: emailField(t),
      password: z.string({ required_error: t("form.required") }),
      organisationName: requiredText(t, ORGANISATION_NAME_MAX_LENGTH),
      orgNumber: z
        .string({ required_error: t("form.required") })
        .transform(normaliseOrgNumber)
        .refine(isValidOrgNumber, t("account.orgNumber.invalid")),
    })
    .superRefine(newPasswordCheck(t));
}

export function createSetupSchema(t: Translate) {
  return z
    .object({
      token: z.string().min(1),
      name: requiredText(t, NAME_MAX_LENGTH),
      email: emailField(t),
      password: z.string({ required_error: t("form.required") }),
    })
    .superRefine(newPasswordCheck(t));
}

/** Accepting a jury invitation: the e-mail is the invited one, so only name and password are asked. */
export function createAcceptInvitationSchema(t: Translate, invitedEmail: string) {
  const check = newPasswordCheck(t);
  return z
    .object({ name: requiredText(t, NAME_MAX_LENGTH), password: z.string({ required_error: t("form.required") }) })
    .superRefine((value, ctx) => check({ email: invitedEmail, password: value.password }, ctx));
}

export function createLoginSchema(t: Translate) {
  return z.object({
    email: emailField(t),
    password: z.string({ required_error: t("form.required") }).max(PASSWORD_MAX_LENGTH * 4),
    redirectTo: z.string().optional(),
  });
}

const optionalText = (t: Translate, max: number) =>
  z.string().trim().max(max, t("form.tooLong", { max })).optional().default("");

export function createOrganisationProfileSchema(t: Translate) {
  return z.object({
    name: requiredText(t, ORGANISATION_NAME_MAX_LENGTH),
    address: optionalText(t, 300),
    contactName: optionalText(t, NAME_MAX_LENGTH),
    contactEmail: z
      .string()
      .trim()
      .max(EMAIL_MAX_LENGTH, t("form.tooLong", { max: EMAIL_MAX_LENGTH }))
      .email(t("form.email.invalid"))
      .optional()
      .default(""),
    emailDomain: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, t("organisation.emailDomain.invalid"))
      .optional()
      .default(""),
  });
}
