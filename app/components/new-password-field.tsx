import type { FieldMetadata } from "@conform-to/react";
import { PASSWORD_MIN_LENGTH } from "#app/domain/passwords.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { TextField } from "./ui/text-field.tsx";

export function NewPasswordField({ field }: { field: FieldMetadata<string> }) {
  const { t } = useTranslation();
  return (
    <TextField
      field={field}
      label={t("account.password")}
      hint={t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
      type="password"
      autoComplete="new-password"
    />
  );
}
