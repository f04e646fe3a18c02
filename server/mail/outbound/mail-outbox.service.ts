import type { Kysely } from "kysely";
import type {
  MailOutboxEntry,
  MailOutboxOverview,
  MailOutboxQuery,
} from "../../../shared/schemas/mail-outbound.js";
import type { DB } from "../../db/schema.js";
import { notFound } from "../../errors.js";
import { decodeCursor, toPage } from "../../http/cursor.js";
import { can } from "../../policy/policy.js";
import type { Subject } from "../../policy/subject.js";
import { countOutbox, listOutboxRows } from "./mail-outbox.repository.js";

type OutboxRow = Awaited<ReturnType<typeof listOutboxRows>>[number];

const presentOutboxRow = (row: OutboxRow): MailOutboxEntry => ({
  id: row.id,
  userId: row.user_id,
  toAddress: row.to_address,
  kind: row.kind,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  nextAttemptAt: row.status === "queued" ? row.next_attempt_at : null,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/**
 * The outbox for administrators: counts per state and a page of rows (addresses, attempts, the
 * relay's last answer), never what the mails say.
 */
export async function listMailOutbox(
  db: Kysely<DB>,
  subject: Subject,
  query: MailOutboxQuery,
): Promise<MailOutboxOverview> {
  if (!can(subject, "administer", { type: "platform" })) throw notFound();
  const before = decodeCursor(query.cursor, ["string", "string"]);
  const [counts, rows] = await Promise.all([
    countOutbox(db),
    listOutboxRows(db, {
      status: query.status,
      before: before ? [before[0] ?? "", before[1] ?? ""] : undefined,
      limit: query.limit,
    }),
  ]);
  const countOf = (status: string) =>
    Number(counts.byStatus.find((c) => c.status === status)?.count ?? 0);
  return {
    counts: {
      queued: countOf("queued"),
      retrying: counts.retrying,
      sent: countOf("sent"),
      failed: countOf("failed"),
    },
    ...toPage(rows, query.limit, presentOutboxRow, (r) => [r.created_at, r.id]),
  };
}
