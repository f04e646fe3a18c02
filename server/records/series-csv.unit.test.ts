import { describe, expect, it } from "vitest";
import { formatSeriesCsv, parseCsv, readSeriesCsv, SERIES_CSV_COLUMNS } from "./series-csv.js";

const header = SERIES_CSV_COLUMNS.join(";");

describe("the filing plan as CSV", () => {
  it("reads quoted fields with separators, quotes and line breaks, and a BOM", () => {
    expect(parseCsv('\uFEFFa;"b;c";"d ""e"""\r\n"f\ng";h\n')).toEqual([
      ["a", "b;c", 'd "e"'],
      ["f\ng", "h"],
    ]);
  });

  it("writes what it reads back", () => {
    const rows = [
      {
        code: "1",
        parentCode: null,
        title: "Correspondance ; diplomatique",
        description: 'Dite "TD"',
        retention: {
          retentionMonths: null,
          retentionStart: "dispatch" as const,
          finalAction: "keep" as const,
          accessDelayYears: 25,
        },
        closed: false,
      },
      {
        code: "1.1",
        parentCode: "1",
        title: "Télégrammes",
        description: "",
        retention: {
          retentionMonths: 120,
          retentionStart: "year_end" as const,
          finalAction: "destroy" as const,
          accessDelayYears: 50,
        },
        closed: true,
      },
    ];
    expect(readSeriesCsv(formatSeriesCsv(rows))).toEqual({ rows, errors: [] });
  });

  it("reports every faulty line and accepts none", () => {
    const text = [
      header,
      "1;;Bon;;12;dispatch;keep;25;",
      "2;;Mauvais mois;;douze;dispatch;keep;25;",
      "3;;Mauvais départ;;12;someday;keep;25;",
      "1;;Doublon;;12;dispatch;keep;25;",
      "4;;Trop court",
      "x y;;Code invalide;;12;dispatch;keep;25;",
    ].join("\n");
    const read = readSeriesCsv(text);
    expect(read.rows).toEqual([]);
    expect(read.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it("refuses a file without the expected header", () => {
    expect(readSeriesCsv("code;title\n1;x\n").errors[0]?.line).toBe(1);
  });
});
