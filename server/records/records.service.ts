import type { Kysely } from "kysely";
import type { RecordsQuery } from "../../shared/schemas/records.js";
import type { DB } from "../db/schema.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";
import { requireArchivist } from "./records.guard.js";
import { presentRecord, recordsFilterCondition, recordsQuery } from "./records.repository.js";

/** Archivists' list of records, newest capture first, keyset-paginated, with filters. */
export async function listRecords(db: Kysely<DB>, subject: Subject, query: RecordsQuery) {
  requireArchivist(subject);
  const readable = readableMarkings(subject);
  const after = decodeCursor(query.cursor, ["string", "string"]);
  let q = recordsQuery(db)
    .where(recordsFilterCondition(query, readable))
    .orderBy("records.captured_at", "desc")
    .orderBy("records.id", "desc")
    .limit(query.limit + 1);
  if (after) {
    const [capturedAt, id] = after as [string, string];
    q = q.where((eb) =>
      eb.or([
        eb("records.captured_at", "<", capturedAt),
        eb.and([eb("records.captured_at", "=", capturedAt), eb("records.id", "<", id)]),
      ]),
    );
  }
  const rows = await q.execute();
  return toPage(
    rows,
    query.limit,
    (r) => presentRecord(r, readable),
    (r) => [r.captured_at, r.id],
  );
}
