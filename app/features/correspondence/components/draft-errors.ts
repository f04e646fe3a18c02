import type { z } from "zod";
import { ApiError } from "../../../api/client";
import type { Translate } from "../../../i18n/use-t";

/** Messages by field: "subject", "paragraphs.2.text", "note.place", "email.to" … */
export type DraftErrors = Partial<Record<string, string>>;

/** The field a path points at: lists typed as one text are one field; paragraphs are each theirs. */
function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const [first = ""] = parts;
  if (first === "paragraphs") return parts.slice(0, 3).join(".");
  if (first === "note" || first === "email") return parts.slice(0, 2).join(".");
  return first;
}

function describeIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const field = fieldOf(issue.path);
  if (field === "email.to" || field === "email.cc") return t("form.email");
  if (field === "actionDeadline") return t("form.date");
  switch (issue.code) {
    case "too_big":
      return t("form.tooLong", { max: Number(issue.maximum) });
    case "too_small":
      return t("form.required");
    case "custom":
      if (issue.message === "blank") return t("form.required");
      if (issue.message === "control_character") return t("form.controlCharacter");
      return t("form.invalid");
    default:
      return t("form.invalid");
  }
}

/** One message per field from the shared schema's issues (the first issue of each field). */
export function describeDraftIssues(issues: z.core.$ZodIssue[], t: Translate): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) errors[fieldOf(issue.path)] ??= describeIssue(issue, t);
  return errors;
}

const SERVER_PROBLEMS: Record<string, Parameters<Translate>[0]> = {
  above_document_marking: "editor.problem.aboveDocumentMarking",
  unknown: "editor.problem.unknownReference",
  unknown_unit: "editor.problem.unknownAddressee",
  unknown_user: "editor.problem.unknownAddressee",
  unknown_community: "editor.problem.unknownAddressee",
  duplicate: "editor.problem.duplicateAddressee",
  not_your_unit: "editor.problem.notYourUnit",
  unknown_marking: "editor.problem.unknownMarking",
};

function isProblem(value: unknown): value is { path: string; problem: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    "path" in value &&
    typeof value.path === "string" &&
    "problem" in value &&
    typeof value.problem === "string"
  );
}

/** The `[{ path, problem }]` details of a 400 `invalid_input` answer (none for other errors). */
export function problemsOf(error: unknown): { path: string; problem: string }[] {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details)) {
    return [];
  }
  return error.details.filter(isProblem);
}

/** Field messages from a 400 `invalid_input` answer (`details: [{ path, problem }]`). */
export function describeServerProblems(error: unknown, t: Translate): DraftErrors {
  const errors: DraftErrors = {};
  for (const detail of problemsOf(error)) {
    // "/content/paragraphs/0/marking" → ["paragraphs", "0", "marking"]
    const parts = detail.path.split("/").filter((part) => part !== "" && part !== "content");
    const key = SERVER_PROBLEMS[detail.problem];
    errors[fieldOf(parts)] ??= key === undefined ? t("form.invalid") : t(key);
  }
  return errors;
}

/** DSFR field state props for a field, from the current errors. */
export function draftFieldState(errors: DraftErrors, field: string) {
  const message = errors[field];
  return message === undefined
    ? ({ state: "default" } as const)
    : ({ state: "error", stateRelatedMessage: message } as const);
}

/** Whether an API error is the stale-version conflict of a draft save. */
export function isVersionConflict(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const details = error.details as { baseVersion?: unknown } | undefined;
  return details?.baseVersion === "stale";
}
