import type { Kysely } from "kysely";

/*
 * The feed: posts in communities (structured rich text, optionally sharing a dispatched
 * correspondence), comments threaded one level, mentions, reactions and follows. Posts and
 * comments keep their community and creation instant so a community's dashboard can count posts,
 * comments, active members and unanswered questions over time from these tables alone.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("posts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("is_question", "integer", (c) => c.notNull())
    .addColumn("visible_to_guests", "integer", (c) => c.notNull())
    .addColumn("shared_correspondence_id", "text", (c) => c.references("correspondences.id"))
    .addColumn("pinned_at", "text")
    .addColumn("hidden_at", "text")
    .addColumn("hidden_by", "text", (c) => c.references("users.id"))
    .addColumn("hidden_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("posts_created_idx")
    .on("posts")
    .columns(["created_at", "id"])
    .execute();
  await db.schema
    .createIndex("posts_community_created_idx")
    .on("posts")
    .columns(["community_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("posts_author_created_idx")
    .on("posts")
    .columns(["author_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("posts_shared_correspondence_idx")
    .on("posts")
    .column("shared_correspondence_id")
    .execute();

  await db.schema
    .createTable("post_tags")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("tag", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("post_tags_pk", ["post_id", "tag"])
    .execute();
  await db.schema
    .createIndex("post_tags_tag_idx")
    .on("post_tags")
    .columns(["tag", "post_id"])
    .execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("parent_id", "text", (c) => c.references("comments.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("hidden_at", "text")
    .addColumn("hidden_by", "text", (c) => c.references("users.id"))
    .addColumn("hidden_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("comments_post_created_idx")
    .on("comments")
    .columns(["post_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("comments_community_created_idx")
    .on("comments")
    .columns(["community_id", "created_at"])
    .execute();

  await db.schema
    .createTable("mentions")
    .addColumn("source_type", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("mentions_pk", [
      "source_type",
      "source_id",
      "target_type",
      "target_id",
    ])
    .execute();
  await db.schema
    .createIndex("mentions_target_idx")
    .on("mentions")
    .columns(["target_type", "target_id", "created_at"])
    .execute();

  await db.schema
    .createTable("reactions")
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("reactions_pk", ["target_type", "target_id", "user_id", "kind"])
    .execute();

  await db.schema
    .createTable("follows")
    .addColumn("follower_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_key", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("follows_pk", ["follower_id", "target_type", "target_key"])
    .execute();
  await db.schema
    .createIndex("follows_target_idx")
    .on("follows")
    .columns(["target_type", "target_key"])
    .execute();
}
