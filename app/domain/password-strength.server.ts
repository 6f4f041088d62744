import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";
import {
  PASSWORD_MIN_SCORE,
  PASSWORD_SUGGESTIONS,
  PASSWORD_WARNINGS,
  type PasswordStrengthCheck,
  type PasswordSuggestion,
  type PasswordWarning,
} from "./passwords.ts";

// Server-only: the dictionaries are several megabytes, far too much for the browser bundle.

let factory: ZxcvbnFactory | null = null;

/**
 * Built on first use (a third of a second) rather than at start-up. No translations are given, so
 * zxcvbn's feedback comes back as its plain keys and the catalogues word them in either language.
 * Levenshtein matching stays off: it made one check take up to 0.7 s of blocked event loop.
 */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
  });
  return factory;
}

const isWarning = (value: string | null): value is PasswordWarning =>
  (PASSWORD_WARNINGS as readonly (string | null)[]).includes(value);
const isSuggestion = (value: string): value is PasswordSuggestion =>
  (PASSWORD_SUGGESTIONS as readonly string[]).includes(value);

/** Null when the password is strong enough; otherwise its score and zxcvbn's reasons. */
export const checkPasswordStrength: PasswordStrengthCheck = (password, userInputs) => {
  const result = zxcvbn().check(password, [...userInputs]);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return {
    score: result.score,
    warning: isWarning(result.feedback.warning) ? result.feedback.warning : null,
    suggestions: result.feedback.suggestions.filter(isSuggestion),
  };
};
