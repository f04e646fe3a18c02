import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  PublicFeedQuery,
  PublicItem,
  PublicItemSummary,
  SocialPosts,
} from "../../shared/schemas/publication.js";
import type { Marking } from "../../shared/vocabulary.js";
import type { CheckedContent } from "../correspondence/correspondence.rules.js";
import { findReadableOrStepUp } from "../correspondence/step-up.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { findRedaction } from "../partners/release.repository.js";
import { isReleasable } from "../partners/release.service.js";
import { hasRole, type Subject } from "../policy/subject.js";
import { CORRESPONDENCE } from "../search/correspondence-document.js";
import { type AtomFeed, renderAtom } from "./atom.js";
import { socialPosts } from "./social-text.js";

/*
 * Public diplomacy. A communicator publishes a dispatched correspondence whose every paragraph
 * is NP (or a redacted version of it): it gets a public page, appears in the public list by
 * country and theme (its country tags and free tags) and in the Atom feeds. The public side
 * reads only live publications — nothing else of the portal is reachable without logging in.
 */

const isCommunicator = (subject: Subject) =>
  !subject.isExternal && hasRole(subject, "communicator");

/** Publishes a correspondence (or one of its redacted versions). */
export async function publishCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  sourceId: string,
  versionId: string | undefined,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const source = await findReadableOrStepUp(trx, subject, sourceId);
    if (!isCommunicator(subject)) throw subject.isExternal ? notFound() : new AppError("forbidden");
    if (await findRedaction(trx, sourceId)) {
      throw new AppError("invalid_input", [{ path: "/id", problem: "publish_through_source" }]);
    }
    let document: { id: string; state: string; marking: Marking; content: string } = source;
    if (versionId !== undefined) {
      const redaction = await findRedaction(trx, versionId);
      if (!redaction || redaction.source_id !== sourceId) throw notFound();
      document = await trx
        .selectFrom("correspondences")
        .select(["id", "state", "marking", "content"])
        .where("id", "=", versionId)
        .executeTakeFirstOrThrow();
    }
    if (source.state !== "dispatched" || !isReleasable(document)) {
      throw new AppError("not_publishable", { marking: document.marking });
    }
    const live = await trx
      .selectFrom("publications")
      .select("id")
      .where("source_id", "=", sourceId)
      .where("unpublished_at", "is", null)
      .executeTakeFirst();
    if (live) throw new AppError("already_published", { publicationId: live.id });
    const id = randomUUID();
    await trx
      .insertInto("publications")
      .values({
        id,
        correspondence_id: document.id,
        source_id: sourceId,
        published_by: subject.userId,
        published_at: new Date().toISOString(),
        unpublished_at: null,
        unpublished_by: null,
      })
      .execute();
    await emit(trx, actor, {
      type: "correspondence.published",
      target: { type: "correspondence", id: document.id },
      details: { publicationId: id, sourceId },
    });
    return id;
  });
}

/** Takes a publication down: its page, list entries and feed entries disappear. */
export async function unpublish(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  publicationId: string,
): Promise<void> {
  if (!isCommunicator(subject)) throw notFound();
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("publications")
      .set({ unpublished_at: new Date().toISOString(), unpublished_by: subject.userId })
      .where("id", "=", publicationId)
      .where("unpublished_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw notFound();
    const row = await trx
      .selectFrom("publications")
      .select(["correspondence_id", "source_id"])
      .where("id", "=", publicationId)
      .executeTakeFirstOrThrow();
    await emit(trx, actor, {
      type: "correspondence.unpublished",
      target: { type: "correspondence", id: row.correspondence_id },
      details: { publicationId, sourceId: row.source_id },
    });
  });
}

/** Live publications with their documents: the only rows the public side ever reads. */
function livePublications(db: Kysely<DB>) {
  return db
    .selectFrom("publications as p")
    .innerJoin("correspondences as c", "c.id", "p.correspondence_id")
    .select(["p.id", "p.published_at", "c.kind", "c.subject", "c.content", "c.marking"])
    .where("p.unpublished_at", "is", null)
    .where("c.marking", "=", "NP")
    .where("c.state", "=", "dispatched");
}
type LiveRow = Awaited<ReturnType<ReturnType<typeof livePublications>["execute"]>>[number];

function presentSummary(row: LiveRow): PublicItemSummary {
  const content = JSON.parse(row.content) as CheckedContent;
  return {
    id: row.id,
    kind: row.kind,
    title: row.subject,
    summary: content.summary,
    countryTags: content.countryTags,
    tags: content.tags,
    publishedAt: row.published_at,
  };
}

const publicLink = (publicUrl: string, id: string) => `${publicUrl}/publications/${id}`;

async function livePage(
  db: Kysely<DB>,
  query: { country?: string; theme?: string; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  let q = livePublications(db)
    .orderBy("p.published_at", "desc")
    .orderBy("p.id", "desc")
    .limit(query.limit + 1);
  for (const [facet, value] of [
    ["country", query.country],
    ["tag", query.theme],
  ] as const) {
    if (value === undefined) continue;
    q = q.where("c.id", "in", (eb) =>
      eb
        .selectFrom("search_facets as f")
        .select("f.doc_id")
        .where("f.doc_type", "=", CORRESPONDENCE)
        .where("f.facet", "=", facet)
        .where("f.value", "=", value),
    );
  }
  if (after) {
    const [at, id] = after;
    q = q.where((eb) =>
      eb.or([
        eb("p.published_at", "<", at),
        eb.and([eb("p.published_at", "=", at), eb("p.id", "<", id)]),
      ]),
    );
  }
  return q.execute();
}

/** `getPublicFeed`: the public list, newest first, optionally by country or theme (no login). */
export async function getPublicFeed(db: Kysely<DB>, query: z.infer<typeof PublicFeedQuery>) {
  const rows = await livePage(db, query);
  return toPage(rows, query.limit, presentSummary, (r) => [r.published_at, r.id]);
}

/** One published item's public page (no login); 404 once unpublished. */
export async function getPublicItem(
  db: Kysely<DB>,
  publicUrl: string,
  id: string,
): Promise<PublicItem> {
  const row = await livePublications(db).where("p.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  const content = JSON.parse(row.content) as CheckedContent;
  return {
    ...presentSummary(row),
    paragraphs: content.paragraphs.filter((p) => p.marking === "NP").map((p) => p.text),
    url: publicLink(publicUrl, row.id),
  };
}

/** The countries and themes of live publications, for the public list's filters. */
export async function listPublicTopics(db: Kysely<DB>) {
  const rows = await db
    .selectFrom("search_facets as f")
    .select(["f.facet", "f.value"])
    .distinct()
    .where("f.doc_type", "=", CORRESPONDENCE)
    .where("f.facet", "in", ["country", "tag"])
    .where("f.doc_id", "in", (eb) =>
      eb
        .selectFrom("publications as p")
        .select("p.correspondence_id")
        .where("p.unpublished_at", "is", null),
    )
    .orderBy("f.value")
    .limit(400)
    .execute();
  return {
    countries: rows.filter((r) => r.facet === "country").map((r) => r.value),
    themes: rows.filter((r) => r.facet === "tag").map((r) => r.value),
  };
}

/** An Atom feed (RFC 4287) of the latest 50 live publications of a country or a theme. */
export async function getPublicAtomFeed(
  db: Kysely<DB>,
  publicUrl: string,
  filter: { country: string } | { theme: string },
): Promise<string> {
  const rows = await livePage(db, { ...filter, limit: 50 });
  const items = rows.slice(0, 50);
  const [kind, value] = "country" in filter ? ["country", filter.country] : ["theme", filter.theme];
  const self = `${publicUrl}/api/public/feeds/${kind}/${encodeURIComponent(value)}`;
  const feed: AtomFeed = {
    id: self,
    title: `Diplomatie — publications (${kind === "country" ? "pays" : "thème"} : ${value})`,
    updated: items[0]?.published_at ?? "2026-01-01T00:00:00.000Z",
    selfLink: self,
    alternateLink: `${publicUrl}/publications?${kind}=${encodeURIComponent(value)}`,
    author: "Ministère de l'Europe et des Affaires étrangères",
    entries: items.map((row) => {
      const content = JSON.parse(row.content) as CheckedContent;
      return {
        id: `urn:uuid:${row.id}`,
        title: row.subject,
        updated: row.published_at,
        published: row.published_at,
        link: publicLink(publicUrl, row.id),
        summary: content.summary || row.subject,
        content: content.paragraphs
          .filter((p) => p.marking === "NP")
          .map((p) => p.text)
          .join("\n\n"),
        categories: [...content.countryTags, ...content.tags],
      };
    }),
  };
  return renderAtom(feed);
}

/** `prepareSocialPosts`: a live publication's text cut for X, Mastodon and LinkedIn. */
export async function prepareSocialPosts(
  db: Kysely<DB>,
  subject: Subject,
  publicUrl: string,
  sourceId: string,
): Promise<SocialPosts> {
  await findReadableOrStepUp(db, subject, sourceId);
  if (!isCommunicator(subject)) throw notFound();
  const live = await livePublications(db).where("p.source_id", "=", sourceId).executeTakeFirst();
  if (!live) throw notFound();
  const content = JSON.parse(live.content) as CheckedContent;
  const url = publicLink(publicUrl, live.id);
  return {
    url,
    ...socialPosts({ title: live.subject, summary: content.summary, url, tags: content.tags }),
  };
}
