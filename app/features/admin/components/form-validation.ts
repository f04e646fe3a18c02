import type { z } from "zod";
import type { Translate } from "../../../i18n/use-t";

export type FieldErrors = Partial<Record<string, string>>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

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

/**
 * Checks form values against the same Zod schema the server applies, so the user sees each
 * problem next to its field before anything is sent.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
  t: Translate,
): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= describeIssue(issue, t);
  }
  return { ok: false, errors };
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
export function focusFirstError(form: HTMLFormElement): void {
  window.requestAnimationFrame(() => form.querySelector<HTMLElement>(FIELD_IN_ERROR)?.focus());
}
