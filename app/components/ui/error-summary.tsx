import type { FormMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useEffect, useState, type MouseEvent } from "react";
import { useTranslation } from "#app/i18n/use-translation.ts";

type Errors = Record<string, string[] | null | undefined>;

type ErrorSummaryProps<Schema extends Record<string, unknown>> = {
  title?: string;
  /** The fields in the page's order, when the errors come in another (checks across fields last). */
  order?: readonly string[];
} & (
  | { form: FormMetadata<Schema, string[]> }
  | {
      /** The form's element id: its submit events are what move the focus here. */
      formId: string;
      /** The summary's own id. */
      id: string;
      /** Messages by field name; "" holds the form's own messages. */
      errors: Errors;
      /** The id of the control a field's messages link to. */
      fieldId: (name: string) => string;
    }
);

// The form posted last, and whether its post has left: a check in the browser can stop it first.
// Module state, not a ref, so a form re-keyed by its answer (which remounts its summary) still
// gets the focus; one listener for every form, so a post of a form without a summary forgets it.
let pending: { formId: string; posted: boolean } | null = null;
let listening = false;
const CONFORM_INTENT = "__intent__";

function listenForSubmits() {
  if (listening) return;
  listening = true;
  // Bubble phase on window: React's handlers (the browser-side check, the router's post) have run.
  window.addEventListener("submit", (event) => {
    // Conform checks a field on leaving it by a submit with its intent button: no submit of the form.
    if (event.submitter?.getAttribute("name") === CONFORM_INTENT) return;
    const formId = event.target instanceof HTMLFormElement ? event.target.id : "";
    pending = { formId, posted: false };
    // A browser-side check that refused the form has shown its errors by now: focus them.
    setTimeout(() => {
      if (pending?.formId === formId && !pending.posted) focusSummaryOf(formId);
    });
  });
}

/**
 * A link to a field focuses it (without JavaScript the browser follows the fragment) and brings its
 * label into view too, which sits above the control.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const control = document.getElementById(decodeURIComponent(event.currentTarget.hash.slice(1)));
  if (!control) return;
  event.preventDefault();
  const label = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  (label ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

function focusSummaryOf(formId: string) {
  document.querySelector<HTMLElement>(`[data-error-summary-for="${CSS.escape(formId)}"]`)?.focus();
}

/**
 * Every error of the form at its top, each field's message a link to that field and the form's own
 * messages beside them (the GOV.UK and Norwegian public design systems' error summary). After a
 * submit that fails, the focus moves here: with JavaScript once the answer (or the browser's own
 * check) is shown; without it, the server's page carries `autofocus`, so the browser lands here.
 * The fields keep their own messages too, so the reader sees each problem where it is.
 */
export function ErrorSummary<Schema extends Record<string, unknown>>(props: ErrorSummaryProps<Schema>) {
  const { t } = useTranslation();
  // A Conform form checks fields as they are left; its summary waits for a submit (GOV.UK's rule),
  // then stays while errors remain.
  const failedSubmit = "form" in props ? props.form.status === "error" : true;
  const [submitted, setSubmitted] = useState(failedSubmit);
  if (failedSubmit && !submitted) setSubmitted(true);
  const { formId, id, errors, fieldId } =
    "form" in props
      ? {
          formId: props.form.id,
          id: props.form.errorId,
          errors: props.form.allErrors as Errors,
          fieldId: (name: string) => `${props.form.id}-${name}`,
        }
      : props;
  // The form-level messages first, as they are about the whole form; then the fields in the page's
  // order when given, else in the order they were checked (a schema's fields, then its refinements).
  const order = props.order ?? [];
  const rank = (name: string) => (name === "" ? -1 : order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.entries(errors)
    .filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length))
    .sort(([a], [b]) => rank(a) - rank(b));
  const navigation = useNavigation().state;

  useEffect(listenForSubmits, []);
  useEffect(() => {
    if (!formId || pending?.formId !== formId) return;
    if (navigation === "submitting") pending.posted = true;
    else if (navigation === "idle" && pending.posted) {
      pending = null;
      // The answer's errors reach the form in its own effects: focus once they are shown.
      setTimeout(() => focusSummaryOf(formId));
    }
  }, [formId, navigation]);

  if (!submitted || entries.length === 0) return null;
  return (
    <div
      id={id}
      data-error-summary-for={formId}
      tabIndex={-1}
      // Rendered on the server only after a failed post: the browser focuses it on load when
      // JavaScript is off. In the browser the effect above moves the focus instead, so a summary
      // that appears while typing never takes it.
      autoFocus={typeof document === "undefined"}
      suppressHydrationWarning
      data-testid="error-summary"
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-800 focus:outline focus:outline-4 focus:outline-offset-2 focus:outline-yellow-400"
    >
      {/* As GOV.UK does: announced when it appears, whether or not the focus moves here. */}
      <div role="alert">
        <h2 className="font-semibold">{props.title ?? t("form.errorSummary")}</h2>
        <ul className="mt-1 list-disc pl-5">
          {entries.flatMap(([name, messages]) =>
            messages.map((message) => (
              <li key={`${name}:${message}`}>
                {name ? (
                  <a href={`#${fieldId(name)}`} onClick={focusField} className="underline">
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            )),
          )}
        </ul>
      </div>
    </div>
  );
}
