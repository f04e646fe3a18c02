import type { Kysely } from "kysely";

/*
 * Economic and public diplomacy: partner organisations (their kind, sectors, countries of
 * interest, the agents named as their contacts), invitations by e-mail, redacted versions of a
 * correspondence, releases to partners with their audience, and public publications.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("partner_organizations")
    .addColumn("organization_id", "text", (c) =>
      c.primaryKey().references("organizations.id").onDelete("cascade"),
    )
    /** PARTNER_KINDS. */
    .addColumn("partner_kind", "text", (c) => c.notNull())
    .addColumn("invited_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("partner_sectors")
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("sector", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partner_sectors_pk", ["organization_id", "sector"])
    .execute();
  await db.schema
    .createTable("partner_countries")
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("country_code", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partner_countries_pk", ["organization_id", "country_code"])
    .execute();
  await db.schema
    .createTable("partner_contacts")
    .addColumn("organization_id", "text", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addPrimaryKeyConstraint("partner_contacts_pk", ["organization_id", "user_id"])
    .execute();

  await db.schema
    .createTable("partner_invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    /** SHA-256 of the link's token: a stolen database does not yield usable links. */
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("redactions")
    /** The derived document (a correspondence row of its own). */
    .addColumn("correspondence_id", "text", (c) =>
      c.primaryKey().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("source_id", "text", (c) => c.notNull().references("correspondences.id"))
    .addColumn("source_version", "integer", (c) => c.notNull())
    /** JSON: what became of each paragraph of the source ("kept", "removed", "replaced"). */
    .addColumn("changes", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("redactions_source_idx")
    .on("redactions")
    .columns(["source_id", "created_at"])
    .execute();

  await db.schema
    .createTable("releases")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** What outside readers read: the source itself or one of its redacted versions. */
    .addColumn("correspondence_id", "text", (c) => c.notNull().references("correspondences.id"))
    .addColumn("source_id", "text", (c) => c.notNull().references("correspondences.id"))
    .addColumn("origin_unit_id", "text", (c) => c.notNull().references("units.id"))
    /** "all" partners, or "targeted" (release_targets). */
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("embargo_until", "text")
    .addColumn("released_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("released_at", "text", (c) => c.notNull())
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawn_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("releases_correspondence_idx")
    .on("releases")
    .columns(["correspondence_id", "withdrawn_at"])
    .execute();
  await db.schema
    .createIndex("releases_unit_idx")
    .on("releases")
    .columns(["origin_unit_id", "released_at", "id"])
    .execute();
  await db.schema
    .createIndex("releases_feed_idx")
    .on("releases")
    .columns(["withdrawn_at", "released_at", "id"])
    .execute();
  await db.schema
    .createTable("release_targets")
    .addColumn("release_id", "text", (c) =>
      c.notNull().references("releases.id").onDelete("cascade"),
    )
    /** "sector", "country" or "organization". */
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("release_targets_pk", ["release_id", "target_type", "target_value"])
    .execute();
  await db.schema
    .createIndex("release_targets_value_idx")
    .on("release_targets")
    .columns(["target_type", "target_value", "release_id"])
    .execute();

  await db.schema
    .createTable("publications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("correspondence_id", "text", (c) => c.notNull().references("correspondences.id"))
    .addColumn("source_id", "text", (c) => c.notNull().references("correspondences.id"))
    .addColumn("published_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("unpublished_at", "text")
    .addColumn("unpublished_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("publications_live_idx")
    .on("publications")
    .columns(["unpublished_at", "published_at", "id"])
    .execute();
  await db.schema
    .createIndex("publications_correspondence_idx")
    .on("publications")
    .columns(["correspondence_id", "unpublished_at"])
    .execute();
}
