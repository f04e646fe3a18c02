import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import type { Subject } from "../policy/subject.js";

/*
 * Audience keys: the need-to-know relations of a dispatched correspondence, written into its
 * full-text entry as tokens, so that the engine itself intersects « matches the words » with
 * « is related to this reader » — one posting-list walk in FTS5 or one GIN scan in PostgreSQL —
 * instead of building the reader's whole related set and the word's whole match set and joining
 * them (what made a search cost the size of the corpus).
 *
 * A document's keys: its drafter, co-editors and circuit's assignees (users), its circuit's units
 * (their heads decide), its originating unit, and every addressee (user, unit, community). A
 * reader's keys: themselves, their current units, the units they head, their communities. The
 * keys only narrow the candidates: `readableCorrespondence` (the policy) still decides each row,
 * so a stale or colliding key can hide nothing the policy forbids. A dispatched document's
 * relations do not change after dispatch (distributions, editors and circuit are written
 * before or at it), which is when it is indexed.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** Letters and digits only: one token for both engines' tokenisers. */
const compact = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/gu, "");

export const audienceKey = {
  user: (id: string) => `zu${compact(id)}`,
  unit: (id: string) => `zn${compact(id)}`,
  /** A unit's circuit step: read by its head (the holder of its release authority). */
  headOf: (id: string) => `zh${compact(id)}`,
  community: (id: string) => `zc${compact(id)}`,
};

const ADDRESSEE_KEY: Record<string, (id: string) => string> = {
  user: audienceKey.user,
  unit: audienceKey.unit,
  community: audienceKey.community,
};

/** The audience keys of each correspondence, by id (sorted, without duplicates). */
export async function correspondenceAudiences(
  db: Handle,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const keys = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  if (ids.length === 0) return new Map();
  const add = (id: string, key: string) => keys.get(id)?.add(key);
  const [documents, editors, steps, distributions] = await Promise.all([
    db
      .selectFrom("correspondences")
      .select(["id", "drafter_id", "origin_unit_id"])
      .where("id", "in", ids)
      .execute(),
    db
      .selectFrom("correspondence_editors")
      .select(["correspondence_id", "user_id"])
      .where("correspondence_id", "in", ids)
      .execute(),
    db
      .selectFrom("circuit_steps")
      .select(["correspondence_id", "assignee_user_id", "assignee_unit_id"])
      .where("correspondence_id", "in", ids)
      .execute(),
    db
      .selectFrom("distributions")
      .select(["correspondence_id", "addressee_type", "addressee_id"])
      .where("correspondence_id", "in", ids)
      .execute(),
  ]);
  for (const d of documents) {
    add(d.id, audienceKey.user(d.drafter_id));
    add(d.id, audienceKey.unit(d.origin_unit_id));
  }
  for (const e of editors) add(e.correspondence_id, audienceKey.user(e.user_id));
  for (const s of steps) {
    if (s.assignee_user_id) add(s.correspondence_id, audienceKey.user(s.assignee_user_id));
    if (s.assignee_unit_id) add(s.correspondence_id, audienceKey.headOf(s.assignee_unit_id));
  }
  for (const d of distributions) {
    const key = ADDRESSEE_KEY[d.addressee_type];
    if (key) add(d.correspondence_id, key(d.addressee_id));
  }
  return new Map([...keys].map(([id, set]) => [id, [...set].sort()]));
}

/** The keys a reader is related through: themselves, their units and heads, their communities. */
export async function readerAudience(db: Handle, subject: Subject): Promise<string[]> {
  const communities = await db
    .selectFrom("memberships")
    .select("community_id")
    .where("user_id", "=", subject.userId)
    .execute();
  const headed = subject.roles.flatMap((r) =>
    r.role === "releaser" && r.unitId ? [r.unitId] : [],
  );
  return [
    ...new Set([
      audienceKey.user(subject.userId),
      ...subject.unitIds.map(audienceKey.unit),
      ...headed.map(audienceKey.headOf),
      ...communities.map((c) => audienceKey.community(c.community_id)),
    ]),
  ];
}
