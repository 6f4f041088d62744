import type { FieldMetadata } from "@conform-to/react";
import { PASSWORD_MIN_LENGTH } from "#app/domain/passwords.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { TextField } from "./ui/text-field.tsx";

export function NewPasswordField({ field, label }: { field: FieldMetadata<string>; label?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      field={field}
      label={label ?? t("account.password")}
      hint={t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
      type="password"
      autoComplete="new-password"
    />
  );
}
