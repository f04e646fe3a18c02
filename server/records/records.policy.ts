import { hasRole, type Subject } from "../policy/subject.js";

/*
 * Who runs records management. Records are an archivist's business: the filing plan, rules,
 * records, holds and disposal lists answer 404 to anyone else. A disposal list is approved by
 * an archivist who also holds `disposal_approver` and did not propose it (two keys).
 *
 * Content stays under the marking rule: the archivist's role is the need to know for records,
 * not a clearance. An archivist whose clearance (and session) does not cover a record's marking
 * sees its metadata (reference, kind, marking, unit, dates, series, retention) but neither its
 * subject nor its content.
 */

/** Runs the filing plan, rules, holds and disposal proposals; reads records' metadata. */
export const canManageRecords = (subject: Subject) =>
  !subject.isExternal && hasRole(subject, "archivist");

/** Approves (or rejects) disposal lists, except the ones they proposed. */
export const canApproveDisposal = (subject: Subject) =>
  canManageRecords(subject) && hasRole(subject, "disposal_approver");
