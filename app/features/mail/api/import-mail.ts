import type { ImportReport } from "@shared/schemas/mail-inbound";
import { apiFetch } from "../../../api/client";

/** POST /api/mail/import — imports one .eml file or .mbox archive; answers its report. */
export function importMailFile(file: File): Promise<ImportReport> {
  const body = new FormData();
  body.append("file", file);
  return apiFetch<ImportReport>("/api/mail/import", { method: "POST", body });
}
