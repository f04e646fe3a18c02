import type { Kysely, Transaction } from "kysely";
import type { DB, InboundMessageAddresseeTable, InboundMessageTable } from "../../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

export async function insertInboundMessage(db: Handle, row: InboundMessageTable) {
  await db.insertInto("inbound_messages").values(row).execute();
}

export async function insertInboundAddressees(db: Handle, rows: InboundMessageAddresseeTable[]) {
  if (rows.length > 0) await db.insertInto("inbound_message_addressees").values(rows).execute();
}

export async function listInboundAddressees(db: Handle, messageId: string) {
  return db
    .selectFrom("inbound_message_addressees")
    .selectAll()
    .where("message_id", "=", messageId)
    .execute();
}

/** A message already taken: the holder of its Message-ID, or of its exact bytes. */
export async function findTakenMessage(
  db: Handle,
  identity: { messageId: string | null; emlSha256: string },
) {
  const bySha = await db
    .selectFrom("inbound_messages")
    .select(["id", "status", "correspondence_id", "message_id", "eml_sha256"])
    .where("eml_sha256", "=", identity.emlSha256)
    .executeTakeFirst();
  if (bySha) return { kind: "same_bytes" as const, row: bySha };
  if (identity.messageId === null) return null;
  const byId = await db
    .selectFrom("inbound_messages")
    .select(["id", "status", "correspondence_id", "message_id", "eml_sha256"])
    .where("message_id", "=", identity.messageId)
    .executeTakeFirst();
  return byId ? { kind: "same_message_id" as const, row: byId } : null;
}

/** The correspondence of earlier accepted messages with these Message-IDs (the thread). */
export async function findThreadCorrespondenceIds(
  db: Handle,
  messageIds: readonly string[],
): Promise<string[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom("inbound_messages")
    .select("correspondence_id")
    .where("message_id", "in", [...new Set(messageIds)])
    .where("correspondence_id", "is not", null)
    .execute();
  return [...new Set(rows.map((r) => r.correspondence_id ?? ""))].filter((id) => id !== "");
}

/** Active accounts by lower-case e-mail, with their current principal unit if any. */
export async function findSenderAccount(db: Handle, email: string, today: string) {
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "display_name"])
    // Addresses are stored in lower case (people administration), so the unique index serves.
    .where("email", "=", email.toLowerCase())
    .where("status", "=", "active")
    .executeTakeFirst();
  if (!user) return null;
  const assignment = await db
    .selectFrom("assignments")
    .select("unit_id")
    .where("user_id", "=", user.id)
    .where("starts_on", "<=", today)
    .where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">=", today)]))
    .orderBy("is_principal", "desc")
    .orderBy("starts_on")
    .executeTakeFirst();
  return { ...user, unitId: assignment?.unit_id ?? null };
}

/** The unit a hierarchical community mirrors, for each of the given communities that has one. */
export async function findCommunityUnits(db: Handle, communityIds: readonly string[]) {
  if (communityIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom("communities")
    .select(["id", "unit_id"])
    .where("id", "in", [...communityIds])
    .execute();
  return new Map(rows.flatMap((r) => (r.unit_id ? [[r.id, r.unit_id] as const] : [])));
}
