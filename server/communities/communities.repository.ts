import type { Kysely, Transaction } from "kysely";
import type { CommunityTable, DB, MembershipTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** The communities a user belongs to, with their role in each. */
export async function listCommunitiesOfUser(db: Handle, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("communities", "communities.id", "memberships.community_id")
    .select(["communities.id", "communities.name", "communities.kind", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("communities.name")
    .execute();
}

export async function insertCommunity(db: Handle, row: CommunityTable) {
  await db.insertInto("communities").values(row).execute();
}

export async function insertMemberships(db: Handle, rows: MembershipTable[]) {
  if (rows.length > 0) await db.insertInto("memberships").values(rows).execute();
}
