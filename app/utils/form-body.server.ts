import { data } from "@remix-run/node";
import { MAX_TEXT_FIELD_BYTES, UNREADABLE_FORM_REASON } from "./form-limits.ts";

/** A body that is not a readable form (broken multipart, no boundary, a type no form sends). */
export function unreadableForm() {
  return data({ reason: UNREADABLE_FORM_REASON }, { status: 400 });
}

export function formTooLarge() {
  return data({ reason: "form-too-large" }, { status: 413 });
}

/** Throws a 413 when any text field of the form is over the limit. */
export function checkTextFields(formData: FormData): void {
  for (const value of formData.values()) {
    if (typeof value === "string" && Buffer.byteLength(value) > MAX_TEXT_FIELD_BYTES) throw formTooLarge();
  }
}

/**
 * Makes `request.formData()` answer a body it cannot read with a 400 and an oversized field with a
 * 413, instead of throwing a 500 from inside the action. server.ts applies it to every action, so
 * no route has to remember to.
 */
export function guardFormReading(request: Request): void {
  const read = request.formData.bind(request);
  request.formData = async () => {
    let formData: FormData;
    try {
      formData = await read();
    } catch {
      throw unreadableForm();
    }
    checkTextFields(formData);
    return formData;
  };
}
