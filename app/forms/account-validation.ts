import { parseWithZod } from "@conform-to/zod";
import type { Translate } from "#app/i18n/translate.ts";
import { createLoginSchema, createRegisterSchema } from "./account-forms.ts";

// The browser's check of the login and registration forms, loaded once the visitor first focuses
// the form (useOnDemand): the pages themselves stay within the JavaScript budget without Zod.

export const validateLogin = (formData: FormData, t: Translate) =>
  parseWithZod(formData, { schema: createLoginSchema(t) });

export const validateRegistration = (formData: FormData, t: Translate, options: { nameFromRegister: boolean }) =>
  parseWithZod(formData, { schema: createRegisterSchema(t, undefined, options) });
