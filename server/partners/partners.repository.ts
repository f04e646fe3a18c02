import type { Kysely, Transaction } from "kysely";
import type { Sector } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";

/* Partner organisations, their sectors, countries, named contacts and invitations. */

type Handle = Kysely<DB> | Transaction<DB>;
const inList = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ["-"]);

/** A page of partner organisations by name then id (keyset). */
export async function listPartnerRows(
  db: Handle,
  after: [string, string] | undefined,
  limit: number,
) {
  let query = db
    .selectFrom("partner_organizations as p")
    .innerJoin("organizations as o", "o.id", "p.organization_id")
    .select(["o.id", "o.name", "p.partner_kind", "p.created_at"])
    .orderBy("o.name")
    .orderBy("o.id")
    .limit(limit + 1);
  if (after) {
    const [name, id] = after;
    query = query.where((eb) =>
      eb.or([eb("o.name", ">", name), eb.and([eb("o.name", "=", name), eb("o.id", ">", id)])]),
    );
  }
  return query.execute();
}

/** Sectors, countries, named agents and people of some organisations, one query each. */
export async function listPartnerDetails(db: Handle, organizationIds: readonly string[]) {
  const ids = inList(organizationIds);
  const [sectors, countries, contacts, people] = await Promise.all([
    db.selectFrom("partner_sectors").selectAll().where("organization_id", "in", ids).execute(),
    db.selectFrom("partner_countries").selectAll().where("organization_id", "in", ids).execute(),
    db
      .selectFrom("partner_contacts as pc")
      .innerJoin("users as u", "u.id", "pc.user_id")
      .select(["pc.organization_id", "u.id", "u.display_name"])
      .where("pc.organization_id", "in", ids)
      .orderBy("u.sort_key")
      .execute(),
    db
      .selectFrom("users as u")
      .select(["u.organization_id", "u.id", "u.display_name", "u.email", "u.status"])
      .where("u.organization_id", "in", ids)
      .orderBy("u.sort_key")
      .execute(),
  ]);
  return { sectors, countries, contacts, people };
}

export async function isPartnerOrganisation(db: Handle, ids: readonly string[]) {
  const rows = await db
    .selectFrom("partner_organizations")
    .select("organization_id")
    .where("organization_id", "in", inList(ids))
    .execute();
  return new Set(rows.map((r) => r.organization_id));
}

export async function insertPartnerProfile(
  db: Handle,
  p: {
    organizationId: string;
    kind: DB["partner_organizations"]["partner_kind"];
    sectors: readonly Sector[];
    countries: readonly string[];
    agentContactIds: readonly string[];
    invitedBy: string;
    at: string;
  },
) {
  await db
    .insertInto("partner_organizations")
    .values({
      organization_id: p.organizationId,
      partner_kind: p.kind,
      invited_by: p.invitedBy,
      created_at: p.at,
    })
    .execute();
  if (p.sectors.length > 0) {
    await db
      .insertInto("partner_sectors")
      .values(p.sectors.map((sector) => ({ organization_id: p.organizationId, sector })))
      .execute();
  }
  if (p.countries.length > 0) {
    await db
      .insertInto("partner_countries")
      .values(
        p.countries.map((country_code) => ({ organization_id: p.organizationId, country_code })),
      )
      .execute();
  }
  if (p.agentContactIds.length > 0) {
    await db
      .insertInto("partner_contacts")
      .values(p.agentContactIds.map((user_id) => ({ organization_id: p.organizationId, user_id })))
      .execute();
  }
}

/** The invitation behind a link's token, with its person and organisation. */
export async function findInvitation(db: Handle, tokenHash: string) {
  return db
    .selectFrom("partner_invitations as i")
    .innerJoin("users as u", "u.id", "i.user_id")
    .innerJoin("organizations as o", "o.id", "i.organization_id")
    .select([
      "i.id",
      "i.user_id",
      "i.expires_at",
      "i.accepted_at",
      "u.display_name",
      "u.email",
      "o.name as organization_name",
    ])
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks an invitation used, once: false when it was used or expired meanwhile. */
export async function consumeInvitation(db: Handle, id: string, now: string) {
  const result = await db
    .updateTable("partner_invitations")
    .set({ accepted_at: now })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The agents named as contacts of an organisation. */
export async function listAgentContacts(db: Handle, organizationId: string) {
  return db
    .selectFrom("partner_contacts as pc")
    .innerJoin("users as u", "u.id", "pc.user_id")
    .select(["u.id", "u.display_name"])
    .where("pc.organization_id", "=", organizationId)
    .where("u.status", "=", "active")
    .orderBy("u.sort_key")
    .execute();
}
