import { useState } from "react";
import type { z } from "zod";
import { type Translate, useT } from "../../../i18n/use-t";

export type FieldErrors = Partial<Record<string, string>>;

/** The messages the shared schemas attach to their refinements (see shared/schemas/common.ts). */
function describeCustom(message: string, t: Translate): string {
  switch (message) {
    case "blank":
      return t("form.required");
    case "control_character":
      return t("form.controlCharacter");
    case "ends_before_start":
      return t("form.endsBeforeStart");
    case "country_code":
      return t("form.countryCode");
    default:
      return t("form.invalid");
  }
}

function describeIssue(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case "too_small":
      return t("form.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("form.tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("form.email");
      if (issue.format === "date") return t("form.date");
      if (issue.format === "regex") return describeCustom(issue.message, t);
      return t("form.required");
    case "custom":
      return describeCustom(issue.message, t);
    default:
      return t("form.invalid");
  }
}

/** One message per field in error: the first issue Zod reports for it. */
function describeIssues(issues: z.core.$ZodIssue[], t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= describeIssue(issue, t);
  }
  return errors;
}

/** DSFR field state props for a field, from the current errors. */
export function fieldState(errors: FieldErrors, field: string) {
  const message = errors[field];
  return message === undefined
    ? ({ state: "default" } as const)
    : ({ state: "error", stateRelatedMessage: message } as const);
}

const FIELD_IN_ERROR =
  ".fr-input-group--error input, .fr-input-group--error textarea, .fr-select-group--error select, .fr-fieldset--error input";

/** Once the messages are rendered, moves focus to the first field in error so it is announced. */
function focusFirstError(form: HTMLFormElement): void {
  window.requestAnimationFrame(() => form.querySelector<HTMLElement>(FIELD_IN_ERROR)?.focus());
}

/** A form's field errors; `check` and `reject` show them and move focus to the first one. */
export function useFieldErrors() {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors>({});

  const reject = (form: HTMLFormElement, found: FieldErrors) => {
    setErrors(found);
    focusFirstError(form);
  };

  // The same Zod schema the server applies, so each problem shows next to its field before sending.
  const check = <S extends z.ZodType>(
    form: HTMLFormElement,
    schema: S,
    values: unknown,
  ): z.output<S> | undefined => {
    const result = schema.safeParse(values);
    if (!result.success) {
      reject(form, describeIssues(result.error.issues, t));
      return undefined;
    }
    setErrors({});
    return result.data;
  };

  return { errors, check, reject };
}
