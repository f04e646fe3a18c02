import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import type { Subject } from "../policy/subject.js";
import { entitledCorrespondence, readableCorrespondence } from "./correspondence.policy.js";
import { findReadableCorrespondence } from "./correspondence.repository.js";

/**
 * A correspondence the subject may read now. When they could read it with a second factor only,
 * the answer is `step_up_required` rather than 404: they are entitled, so its existence is no
 * secret from them, and the app offers the step-up. Everyone else gets the plain 404.
 */
export async function findReadableOrStepUp(
  db: Kysely<DB> | Transaction<DB>,
  subject: Subject,
  id: string,
) {
  const row = await findReadableCorrespondence(db, readableCorrespondence(subject), id);
  if (row) return row;
  if (!subject.mfa && (await findReadableCorrespondence(db, entitledCorrespondence(subject), id))) {
    throw new AppError("step_up_required");
  }
  throw notFound();
}
