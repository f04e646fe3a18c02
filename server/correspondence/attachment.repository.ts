import type { Kysely, Transaction } from "kysely";
import type { AttachmentTable, DB } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

export async function insertAttachment(db: Handle, row: AttachmentTable) {
  await db.insertInto("attachments").values(row).execute();
}

/** The attachments of a correspondence, oldest first. */
export async function listAttachments(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("attachments")
    .selectAll()
    .where("correspondence_id", "=", correspondenceId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function findAttachment(db: Handle, correspondenceId: string, attachmentId: string) {
  return db
    .selectFrom("attachments")
    .selectAll()
    .where("id", "=", attachmentId)
    .where("correspondence_id", "=", correspondenceId)
    .executeTakeFirst();
}
