import { notFound } from "../errors.js";
import type { Subject } from "../policy/subject.js";
import { canManageRecords } from "./records.policy.js";

/** Records management answers 404 to anyone but an archivist, as if it did not exist. */
export function requireArchivist(subject: Subject): void {
  if (!canManageRecords(subject)) throw notFound();
}
