import fs from "node:fs";
import { describe, expect, it } from "vitest";

/*
 * docs/SECURITY.md is the ASVS checklist of issue 7: one row per level-1 and level-2 requirement
 * of chapters V3, V5, V6, V7, V8, V10 and V16, read from the CSV of the standard. This keeps it
 * complete, and keeps every test it cites real.
 */

const ROOT = new URL("../../", import.meta.url);
const CHAPTERS = new Set(["V3", "V5", "V6", "V7", "V8", "V10", "V16"]);
const STATUSES = new Set(["met", "not applicable", "gap"]);
/** How the hostile-upload test names its per-route tests. */
const OPERATION_PLACEHOLDER = ["$", "{route.operationId}"].join("");

/** The CSV's rows (quoted fields may hold commas and doubled quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const csv = readCsv(
  fs.readFileSync(new URL("../shared/fixtures/standards/ASVS-5.0.0-en.csv", ROOT), "utf8"),
);
const header = csv[0] ?? [];
const column = (name: string) => header.indexOf(name);
const required = csv
  .slice(1)
  .filter(
    (r) => CHAPTERS.has(r[column("chapter_id")] ?? "") && ["1", "2"].includes(r[column("L")] ?? ""),
  )
  .map((r) => r[column("req_id")] ?? "");

const doc = fs.readFileSync(new URL("docs/SECURITY.md", ROOT), "utf8");
const rows = new Map(
  doc
    .split("\n")
    .filter((line) => /^\| V\d+\.\d+\.\d+ +\|/.test(line))
    .map((line) => {
      const cells = line.split(" | ").map((c) => c.replace(/^\| |\|$/g, "").trim());
      return [cells[0] ?? "", { status: cells[3] ?? "", evidence: cells[4] ?? "" }] as const;
    }),
);

describe("docs/SECURITY.md", () => {
  it("has one row per level-1 and level-2 requirement of the chapters, read from the CSV", () => {
    expect(required.length).toBe(133);
    expect(required.filter((id) => !rows.has(id))).toEqual([]);
    expect([...rows.keys()].filter((id) => !required.includes(id))).toEqual([]);
  });

  it("gives each a status among met, not applicable and gap, and a reason or a test", () => {
    for (const [id, row] of rows) {
      expect(STATUSES.has(row.status), `${id}: ${row.status}`).toBe(true);
      expect(row.evidence.length, id).toBeGreaterThan(10);
    }
  });

  it("cites test files and test names that exist", () => {
    const cited = [...doc.matchAll(/`([\w./-]+\.test\.ts)` › « ([^»]+) »/g)];
    expect(cited.length).toBeGreaterThan(50);
    for (const [, file, name] of cited) {
      const path = new URL(file ?? "", ROOT);
      expect(fs.existsSync(path), file).toBe(true);
      // Test names built from a template (one test per upload route) are cited as run.
      const source = ["uploadAttachment", "uploadCommunityFile"]
        .map((op) => fs.readFileSync(path, "utf8").replaceAll(OPERATION_PLACEHOLDER, op))
        .join("\n");
      const title = (name ?? "").replace(/^\(describe\) /, "");
      if (title === "(whole file)") continue;
      expect(source.includes(title), `${file} › ${title}`).toBe(true);
    }
  });
});
