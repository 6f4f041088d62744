import { z } from "zod";
import {
  findPasswordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordUserInputs,
  type PasswordStrengthCheck,
  type PasswordWeakness,
} from "#app/domain/passwords.ts";
import { MEMBER_DECISIONS } from "#app/domain/memberships.ts";
import { isValidOrgNumber, normaliseOrgNumber } from "#app/domain/org-number.ts";
import type { Translate } from "#app/i18n/messages.ts";

// One schema per form, built with the reader's translator so messages arrive in their language;
// the same schema validates in the browser (Conform) and again in the action. Schemas with a new
// password take the server's strength check as an argument: the browser leaves it out, since
// zxcvbn's dictionaries are megabytes (the message then appears after posting).
//
// All errors at once: Zod runs an object's refinements only when no field was refused outright, and
// an empty field arrives as undefined (Conform), which a required `z.string()` refuses outright. So
// fields that a refinement reads default to "" and say "required" themselves: an empty name, a bad
// address and a weak password are all reported by the same submit.

export const NAME_MAX_LENGTH = 120;
export const ORGANISATION_NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;

function requiredText(t: Translate, max: number) {
  return z.string().trim().min(1, t("form.required")).max(max, t("form.tooLong", { max })).default("");
}

const anEmail = z.string().email();

function emailField(t: Translate) {
  return z
    .string()
    .trim()
    .max(EMAIL_MAX_LENGTH, t("form.tooLong", { max: EMAIL_MAX_LENGTH }))
    .default("")
    .superRefine((email, ctx) => {
      // One message: an empty address is missing, not malformed.
      const message = !email ? t("form.required") : anEmail.safeParse(email).success ? null : t("form.email.invalid");
      if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    });
}

/** A choice between fixed values; a missing one is "required" without hiding the other fields' checks. */
function requiredChoice<const Values extends readonly [string, ...string[]]>(t: Translate, values: Values) {
  return z
    .string()
    .default("")
    .refine((value): value is Values[number] => values.includes(value), t("form.required"));
}

const currentPasswordField = (t: Translate) =>
  z
    .string()
    .min(1, t("form.required"))
    .max(PASSWORD_MAX_LENGTH * 4)
    .default("");

const optionalText = (t: Translate, max: number) =>
  z.string().trim().max(max, t("form.tooLong", { max })).optional().default("");

const passwordMessages = (t: Translate) =>
  ({
    "too-short": t("account.password.tooShort", { min: PASSWORD_MIN_LENGTH }),
    "too-long": t("account.password.tooLong", { max: PASSWORD_MAX_LENGTH }),
    "same-as-email": t("account.password.sameAsEmail"),
  }) as const;

/** zxcvbn's reasons as one message: what it noticed and how to do better, in the reader's language. */
function weakPasswordMessage(t: Translate, weakness: PasswordWeakness): string {
  const advice = weakness.suggestions.slice(0, 2).map((code) => t(`account.password.suggestion.${code}`));
  return [
    t("account.password.weak"),
    ...(weakness.warning ? [t(`account.password.warning.${weakness.warning}`)] : []),
    ...(advice.length ? advice : [t("account.password.weakFallback")]),
  ].join(" ");
}

/** What the new-password rule knows about its owner, so their own name and address count as weak. */
type PasswordOwner = { email: string; name?: string | null };

/**
 * The one rule for every new password: the cheap length and e-mail checks everywhere, and on the
 * server (which passes `strength`) the zxcvbn score as well. Issues land on the `password` field.
 */
function checkNewPassword(
  t: Translate,
  strength: PasswordStrengthCheck | undefined,
  password: string,
  owner: PasswordOwner,
  ctx: z.RefinementCtx,
): void {
  if (!password) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["password"], message: t("form.required") });
    return;
  }
  const problem = findPasswordProblem(password, owner.email);
  const weakness = problem ? null : strength?.(password, passwordUserInputs(owner));
  const message = problem ? passwordMessages(t)[problem] : weakness ? weakPasswordMessage(t, weakness) : null;
  if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["password"], message });
}

function newPasswordCheck(t: Translate, strength?: PasswordStrengthCheck) {
  return (value: { email: string; name: string; password: string }, ctx: z.RefinementCtx) =>
    checkNewPassword(t, strength, value.password, value, ctx);
}

// Checked by checkNewPassword, which also says when it is missing.
const newPasswordField = () => z.string().default("");

/**
 * `nameFromRegister`: the company's name comes from Enhetsregisteret (BRREG_URL set), so the form
 * does not ask for it.
 */
export function createRegisterSchema(
  t: Translate,
  strength?: PasswordStrengthCheck,
  options: { nameFromRegister?: boolean } = {},
) {
  return z
    .object({
      // In the page's order, which the error summary follows.
      organisationName: options.nameFromRegister
        ? optionalText(t, ORGANISATION_NAME_MAX_LENGTH)
        : requiredText(t, ORGANISATION_NAME_MAX_LENGTH),
      orgNumber: z
        .string()
        .default("")
        .transform(normaliseOrgNumber)
        .superRefine((orgNumber, ctx) => {
          const message = !orgNumber
            ? t("form.required")
            : isValidOrgNumber(orgNumber)
              ? null
              : t("account.orgNumber.invalid");
          if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        }),
      name: requiredText(t, NAME_MAX_LENGTH),
      email: emailField(t),
      password: newPasswordField(),
    })
    .superRefine(newPasswordCheck(t, strength));
}

export function createSetupSchema(t: Translate, strength?: PasswordStrengthCheck) {
  return z
    .object({
      token: z.string().min(1),
      name: requiredText(t, NAME_MAX_LENGTH),
      email: emailField(t),
      password: newPasswordField(),
    })
    .superRefine(newPasswordCheck(t, strength));
}

/** Accepting a jury invitation: the e-mail is the invited one, so only name and password are asked. */
export function createAcceptInvitationSchema(t: Translate, invitedEmail: string, strength?: PasswordStrengthCheck) {
  return z
    .object({ name: requiredText(t, NAME_MAX_LENGTH), password: newPasswordField() })
    .superRefine((value, ctx) =>
      checkNewPassword(t, strength, value.password, { email: invitedEmail, name: value.name }, ctx),
    );
}

export function createPasswordResetRequestSchema(t: Translate) {
  return z.object({ email: emailField(t) });
}

/** The form behind a reset link: the owner is the link's account. */
export function createPasswordResetSchema(t: Translate, owner: PasswordOwner, strength?: PasswordStrengthCheck) {
  return z
    .object({ password: newPasswordField() })
    .superRefine((value, ctx) => checkNewPassword(t, strength, value.password, owner, ctx));
}

/** The profile page's two forms, told apart by their submit button's `intent`. */
export function createProfileSchema(t: Translate, owner: PasswordOwner, strength?: PasswordStrengthCheck) {
  return z
    .discriminatedUnion("intent", [
      z.object({
        intent: z.literal("change-password"),
        currentPassword: currentPasswordField(t),
        password: newPasswordField(),
      }),
      z.object({ intent: z.literal("log-out-everywhere") }),
    ])
    .superRefine((value, ctx) => {
      if (value.intent !== "change-password") return;
      if (value.password && value.password === value.currentPassword) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["password"], message: t("account.password.sameAsCurrent") });
        return;
      }
      checkNewPassword(t, strength, value.password, owner, ctx);
    });
}

export function createLoginSchema(t: Translate) {
  return z.object({
    email: emailField(t),
    password: z.string({ required_error: t("form.required") }).max(PASSWORD_MAX_LENGTH * 4),
    redirectTo: z.string().optional(),
  });
}

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
  });
}

/** The check-mail page: send the link again, or to a corrected address. */
export function createVerifyEmailSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("resend") }),
    z.object({ intent: z.literal("correct"), email: emailField(t) }),
  ]);
}

/** One button per decision on a member's row; the member is a hidden field. */
export function createMemberDecisionSchema() {
  return z.object({ intent: z.enum(MEMBER_DECISIONS), userId: z.string().min(1).max(64) });
}

export const HAND_OVER_REASON_MAX_LENGTH = 1000;

/** The chair's hand-over: an existing account (`userId`) or a new address with a name, never both. */
export function createHandOverSchema(t: Translate) {
  return z
    .object({
      userId: z.string().max(64).optional(),
      email: z
        .string()
        .trim()
        .max(EMAIL_MAX_LENGTH, t("form.tooLong", { max: EMAIL_MAX_LENGTH }))
        .email(t("form.email.invalid"))
        .optional(),
      name: z
        .string()
        .trim()
        .max(NAME_MAX_LENGTH, t("form.tooLong", { max: NAME_MAX_LENGTH }))
        .optional(),
      previousAdmins: requiredChoice(t, ["demote", "remove"]),
      reason: requiredText(t, HAND_OVER_REASON_MAX_LENGTH),
    })
    .superRefine((value, ctx) => {
      if (Boolean(value.userId) === Boolean(value.email)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["userId"], message: t("handOver.chooseOne") });
      }
      if (value.email && !value.name) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["name"], message: t("form.required") });
      }
    });
}
