import { z } from "zod";
import { multiLine, singleLine } from "../../shared/schemas/common.js";
import { type RetentionRule, SeriesCode } from "../../shared/schemas/records.js";
import { FINAL_ACTIONS, RETENTION_START_EVENTS } from "../../shared/vocabulary.js";

/*
 * The filing plan as CSV (UTF-8, « ; » separated, RFC 4180 quoting, one header line), the form
 * spreadsheets in French locales read and write:
 *
 *   code;parent_code;title;description;retention_months;retention_start;final_action;access_delay_years;closed
 *
 * `parent_code` empty for a root; `retention_months` empty for a series that only groups others;
 * `retention_start` one of dispatch, action_closed, year_end; `final_action` keep or destroy;
 * `closed` "yes" or empty. A parent may come later in the file than its children.
 */

export const SERIES_CSV_COLUMNS = [
  "code",
  "parent_code",
  "title",
  "description",
  "retention_months",
  "retention_start",
  "final_action",
  "access_delay_years",
  "closed",
] as const;

export interface SeriesCsvRow {
  code: string;
  parentCode: string | null;
  title: string;
  description: string;
  retention: RetentionRule;
  closed: boolean;
}

/** Splits CSV text into records of fields (quoted fields may hold « ; », quotes and newlines). */
export function parseCsv(text: string, separator = ";"): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const quote = (value: string) =>
  /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes the plan as CSV, header first, CRLF line ends. */
export function formatSeriesCsv(rows: readonly SeriesCsvRow[]): string {
  const lines = [SERIES_CSV_COLUMNS.join(";")];
  for (const r of rows) {
    lines.push(
      [
        r.code,
        r.parentCode ?? "",
        r.title,
        r.description,
        r.retention.retentionMonths === null ? "" : String(r.retention.retentionMonths),
        r.retention.retentionStart,
        r.retention.finalAction,
        String(r.retention.accessDelayYears),
        r.closed ? "yes" : "",
      ]
        .map(quote)
        .join(";"),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

const optionalInt = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    if (!/^\d{1,4}$/.test(v)) {
      ctx.addIssue({ code: "custom", message: "not_an_integer" });
      return z.NEVER;
    }
    return Number(v);
  });

const CsvLine = z.object({
  code: SeriesCode,
  parent_code: z.union([z.literal(""), SeriesCode]),
  title: singleLine(200),
  description: multiLine(2_000),
  retention_months: optionalInt,
  retention_start: z.enum(RETENTION_START_EVENTS),
  final_action: z.enum(FINAL_ACTIONS),
  access_delay_years: optionalInt.refine((v) => v !== null, { message: "required" }),
  closed: z.enum(["", "yes"]),
});

/** Reads and validates every line; answers the rows, or every faulty line with its problem. */
export function readSeriesCsv(
  text: string,
):
  | { rows: SeriesCsvRow[]; errors: [] }
  | { rows: []; errors: { line: number; problem: string }[] } {
  const records = parseCsv(text).filter((r) => !(r.length === 1 && r[0]?.trim() === ""));
  const errors: { line: number; problem: string }[] = [];
  const header = records[0]?.map((h) => h.trim().toLowerCase());
  if (!header || header.join(";") !== SERIES_CSV_COLUMNS.join(";")) {
    return { rows: [], errors: [{ line: 1, problem: `header: ${SERIES_CSV_COLUMNS.join(";")}` }] };
  }
  const rows: SeriesCsvRow[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((fields, index) => {
    const line = index + 2;
    if (fields.length !== SERIES_CSV_COLUMNS.length) {
      errors.push({
        line,
        problem: `columns: ${fields.length} instead of ${SERIES_CSV_COLUMNS.length}`,
      });
      return;
    }
    const parsed = CsvLine.safeParse(
      Object.fromEntries(SERIES_CSV_COLUMNS.map((c, i) => [c, fields[i] ?? ""])),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({
        line,
        problem: `${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`,
      });
      return;
    }
    const v = parsed.data;
    if (seen.has(v.code)) {
      errors.push({ line, problem: `code: duplicate ${v.code}` });
      return;
    }
    seen.add(v.code);
    rows.push({
      code: v.code,
      parentCode: v.parent_code === "" ? null : v.parent_code,
      title: v.title,
      description: v.description,
      retention: {
        retentionMonths: v.retention_months,
        retentionStart: v.retention_start,
        finalAction: v.final_action,
        accessDelayYears: v.access_delay_years ?? 0,
      },
      closed: v.closed === "yes",
    });
  });
  return errors.length > 0 ? { rows: [], errors } : { rows, errors: [] };
}
