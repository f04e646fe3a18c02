import type { Kysely } from "kysely";

/*
 * An addressee's open action items (« À traiter », the alerts, a unit head's summary) read
 * through the handling state: without it in the index, every action distribution an addressee
 * ever received was read to keep the open ones (6,000 a unit at 1,000,000 documents).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("distributions_open_idx")
    .on("distributions")
    .columns(["addressee_type", "addressee_id", "mode", "handling", "correspondence_id"])
    .execute();
}
