import type { Locale } from "#app/domain/locales.ts";
import type { MessageKey, Translate } from "./translate.ts";

/**
 * The forms a count can take. Bokmål and English have only "one" and "other"; a language with more
 * categories (few, many) would widen this type, and the compiler would ask for them in each call.
 */
export type PluralForms<T> = { one: T; other: T };

// One PluralRules per locale: building one costs far more than using it (see format.ts).
const rules = new Map<Locale, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `locale`: "1 ny sak", "2 nye saker", "0 new cases". */
export function plural<T>(locale: Locale, count: number, forms: PluralForms<T>): T {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === "one" ? forms.one : forms.other;
}

/** A counted phrase from two catalogue entries with a `{count}` placeholder, such as "{count} nye saker". */
export function countPhrase(t: Translate, locale: Locale, count: number, keys: PluralForms<MessageKey>): string {
  return t(plural(locale, count, keys), { count });
}
