import type { Expression, ExpressionBuilder, Kysely, SqlBool, Transaction } from "kysely";
import type { InboundStatus } from "../../../shared/vocabulary.js";
import type { DB } from "../../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;
type InboundFilter = (eb: ExpressionBuilder<DB, "inbound_messages">) => Expression<SqlBool>;

function selectItems(db: Handle) {
  return db
    .selectFrom("inbound_messages")
    .leftJoin("users as decider", "decider.id", "inbound_messages.decided_by")
    .selectAll("inbound_messages")
    .select("decider.display_name as decider_name");
}

export type QuarantineRow = Awaited<ReturnType<ReturnType<typeof selectItems>["execute"]>>[number];

/** A page of items of one status the filter lets through, newest first. */
export async function listQuarantineRows(
  db: Handle,
  readable: InboundFilter,
  q: { status: InboundStatus; after: { receivedAt: string; id: string } | null; limit: number },
) {
  let query = selectItems(db)
    .where("inbound_messages.status", "=", q.status)
    .where(readable)
    .orderBy("inbound_messages.received_at", "desc")
    .orderBy("inbound_messages.id", "desc")
    .limit(q.limit);
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("inbound_messages.received_at", "<", after.receivedAt),
        eb.and([
          eb("inbound_messages.received_at", "=", after.receivedAt),
          eb("inbound_messages.id", "<", after.id),
        ]),
      ]),
    );
  }
  return query.execute();
}

export async function findQuarantineRow(db: Handle, readable: InboundFilter, id: string) {
  return selectItems(db).where("inbound_messages.id", "=", id).where(readable).executeTakeFirst();
}

/** The named addressees of a page of messages, in one query per kind. */
export async function loadAddresseeNames(db: Handle, messageIds: readonly string[]) {
  const byMessage = new Map<
    string,
    { type: "unit" | "community"; id: string; name: string; mode: "action" | "info" }[]
  >();
  if (messageIds.length === 0) return byMessage;
  const [units, communities] = await Promise.all([
    db
      .selectFrom("inbound_message_addressees as a")
      .innerJoin("units", "units.id", "a.addressee_id")
      .select(["a.message_id", "a.addressee_id", "a.mode", "units.name"])
      .where("a.addressee_type", "=", "unit")
      .where("a.message_id", "in", [...messageIds])
      .execute(),
    db
      .selectFrom("inbound_message_addressees as a")
      .innerJoin("communities", "communities.id", "a.addressee_id")
      .select(["a.message_id", "a.addressee_id", "a.mode", "communities.name"])
      .where("a.addressee_type", "=", "community")
      .where("a.message_id", "in", [...messageIds])
      .execute(),
  ]);
  for (const [type, rows] of [
    ["unit", units],
    ["community", communities],
  ] as const) {
    for (const row of rows) {
      const list = byMessage.get(row.message_id) ?? [];
      list.push({ type, id: row.addressee_id, name: row.name, mode: row.mode });
      byMessage.set(row.message_id, list);
    }
  }
  return byMessage;
}
