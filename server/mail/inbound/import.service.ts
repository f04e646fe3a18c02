import type { ImportReport } from "../../../shared/schemas/mail-inbound.js";
import { AppError } from "../../errors.js";
import { type IngestContext, ingestMessage } from "./ingest.service.js";
import { isMbox, splitMbox } from "./mbox.js";

/*
 * Import of .eml files and .mbox archives: each message goes through the same ingestion as one
 * received by SMTP (dispatched, quarantined, duplicate or refused), so an import run twice
 * imports nothing the second time. The report says what became of every message.
 */

export interface ImportFile {
  name: string;
  raw: Buffer;
}

/** Imports files one message at a time; `onProgress(done, total)` after each message. */
export async function importMail(
  ctx: IngestContext,
  files: readonly ImportFile[],
  ip: string | null,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportReport> {
  const messages = files.flatMap(
    (file): { file: string; position: number | null; raw: Buffer }[] =>
      isMbox(file.raw)
        ? splitMbox(file.raw).map((raw, i) => ({ file: file.name, position: i + 1, raw }))
        : [{ file: file.name, position: null, raw: file.raw }],
  );
  if (messages.length === 0 || messages.every((m) => m.raw.length === 0)) {
    throw new AppError("mail_import_empty");
  }
  const report: ImportReport = {
    imported: 0,
    duplicates: 0,
    quarantined: 0,
    refused: 0,
    lines: [],
  };
  for (const [done, message] of messages.entries()) {
    const result = await ingestMessage(ctx, { raw: message.raw, source: "import", ip });
    const base = { file: message.file, position: message.position };
    switch (result.outcome) {
      case "accepted":
        report.imported += 1;
        report.lines.push({
          ...base,
          outcome: "imported",
          reason: null,
          correspondenceId: result.correspondenceId,
          reference: result.reference,
        });
        break;
      case "duplicate":
        report.duplicates += 1;
        report.lines.push({
          ...base,
          outcome: "duplicate",
          reason: null,
          correspondenceId: null,
          reference: null,
        });
        break;
      case "quarantined":
        report.quarantined += 1;
        report.lines.push({
          ...base,
          outcome: "quarantined",
          reason: result.reason,
          correspondenceId: null,
          reference: null,
        });
        break;
      case "refused":
        report.refused += 1;
        report.lines.push({
          ...base,
          outcome: "refused",
          reason: result.reason,
          correspondenceId: null,
          reference: null,
        });
        break;
    }
    onProgress(done + 1, messages.length);
  }
  return report;
}
