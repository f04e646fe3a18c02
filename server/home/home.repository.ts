import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from "kysely";
import type { Marking, Precedence } from "../../shared/vocabulary.js";
import {
  ownDistributions,
  readerAddressees,
  selectSummaries,
  unionOfBranches,
} from "../correspondence/correspondence.repository.js";
import type { DB } from "../db/schema.js";
import { CORRESPONDENCE } from "../search/correspondence-document.js";

type Handle = Kysely<DB> | Transaction<DB>;
type CorrespondenceFilter = (eb: ExpressionBuilder<DB, "correspondences">) => Expression<SqlBool>;

const OPEN_HANDLING = ["new", "acknowledged", "assigned"] as const;
/** Sorts after any real date: items without a deadline come last. */
export const NO_DEADLINE = "9999-12-31";

const precedenceRank = sql<number>`case correspondences.precedence when 'flash' then 0 when 'immediate' then 1 when 'priority' then 2 else 3 end`;

/** The (precedence rank, deadline or NO_DEADLINE, id) of the last item seen. */
export type ActionKey = [number, string, string];

export interface ActionSearch {
  userId: string;
  unitIds: readonly string[];
  /** Only flash and immediate items nobody has acknowledged yet. */
  alertingOnly: boolean;
  after?: ActionKey;
  limit: number;
}

function afterKey(
  deadline: Expression<string | null>,
  idColumn: Expression<string>,
  after: ActionKey,
) {
  const [rank, due, id] = after;
  const dueKey = sql<string>`coalesce(${deadline}, ${NO_DEADLINE})`;
  return sql<SqlBool>`(${precedenceRank} > ${rank} or (${precedenceRank} = ${rank} and (${dueKey} > ${due} or (${dueKey} = ${due} and ${idColumn} > ${id}))))`;
}

/**
 * The user's open action items, most urgent first: precedence, then deadline (none last), then id.
 * Found from the addressee's side like the boxes: one branch per addressee the user answers for
 * (themselves, each unit, each community), each reading only that addressee's open actions and
 * stopping after `limit` readable ones; the union is then ordered once.
 */
export async function listActionItems(db: Handle, readable: CorrespondenceFilter, s: ActionSearch) {
  const addressees = await readerAddressees(db, s.userId, s.unitIds);
  const branches = addressees.map(([type, id]) => {
    let branch = db
      .selectFrom("distributions as d")
      .innerJoin("correspondences", "correspondences.id", "d.correspondence_id")
      .select("d.correspondence_id")
      .where("d.addressee_type", "=", type)
      .where("d.addressee_id", "=", id)
      .where("d.mode", "=", "action")
      .where(readable);
    branch = s.alertingOnly
      ? branch
          .where("d.handling", "=", "new")
          .where("correspondences.precedence", "in", ["flash", "immediate"])
      : branch.where("d.handling", "in", [...OPEN_HANDLING]);
    if (s.after) {
      const after = s.after;
      branch = branch.where(() =>
        afterKey(sql.ref("d.deadline"), sql.ref("d.correspondence_id"), after),
      );
    }
    return branch
      .orderBy(precedenceRank)
      .orderBy(sql`coalesce(d.deadline, ${NO_DEADLINE})`)
      .orderBy("d.correspondence_id")
      .limit(s.limit + 1);
  });
  const ids = await unionOfBranches(db, branches);
  if (ids.length === 0) return [];
  const units = s.unitIds.length > 0 ? [...s.unitIds] : ["-"];
  // The reader's own open action distribution: in person first, then a unit, then a community.
  const ownOpen = (eb: ExpressionBuilder<DB, "correspondences">) =>
    ownDistributions(eb, s.userId, units, "action")
      .where("d.handling", "in", [...OPEN_HANDLING])
      .orderBy(sql`case d.addressee_type when 'user' then 0 when 'unit' then 1 else 2 end`)
      .limit(1);
  const ranked = selectSummaries(db)
    .select((eb) => [
      ownOpen(eb).select("d.handling").as("own_handling"),
      ownOpen(eb).select("d.deadline").as("own_deadline"),
      precedenceRank.as("precedence_rank"),
    ])
    .where("correspondences.id", "in", ids);
  let q = db.selectFrom(ranked.as("r")).selectAll("r").where("r.own_handling", "is not", null);
  if (s.after) {
    const [rank, due, id] = s.after;
    const dueKey = sql<string>`coalesce(r.own_deadline, ${NO_DEADLINE})`;
    q = q.where(
      sql<SqlBool>`(r.precedence_rank > ${rank} or (r.precedence_rank = ${rank} and (${dueKey} > ${due} or (${dueKey} = ${due} and r.id > ${id}))))`,
    );
  }
  return q
    .orderBy("r.precedence_rank")
    .orderBy(sql`coalesce(r.own_deadline, ${NO_DEADLINE})`)
    .orderBy("r.id")
    .limit(s.limit + 1)
    .execute();
}

/** How many of an addressee's newest documents « suivis » looks through. */
const FOLLOWED_WINDOW = 300;

/**
 * The latest dispatched correspondence carrying a tag the user follows, newest first. Found from
 * the reader's side like the boxes: one branch per addressee the user answers for and mode (the
 * distributions' index is ordered by date within them) and one per unit they belong to (what it
 * sent), each walking newest first through documents with a followed tag and a marking the
 * reader may read, stopping after `limit`; the read rule then decides on the union, ordered once.
 * (On these branches the relation holds by construction, so the marking is what the rule can
 * still refuse: filtering it inside keeps every branch's `limit` rows readable.) Each branch
 * looks at its FOLLOWED_WINDOW newest documents only — « suivis » is about what is new — so a
 * followed tag absent from an addressee's mail costs that window, not its whole history.
 * Starting from the tag instead walked every document carrying it across the corpus.
 */
export async function listFollowedTagCorrespondence(
  db: Handle,
  readable: CorrespondenceFilter,
  reader: { userId: string; unitIds: readonly string[]; markings: readonly Marking[] },
  limit: number,
) {
  const tags = await listFollowedTags(db, reader.userId);
  if (tags.length === 0) return [];
  const tagged = (id: Expression<string>) => (eb: ExpressionBuilder<DB, "correspondences">) =>
    eb.exists(
      eb
        .selectFrom("search_facets as sf")
        .select("sf.doc_id")
        .where("sf.doc_type", "=", CORRESPONDENCE)
        .where("sf.doc_id", "=", id)
        .where("sf.facet", "=", "tag")
        .where("sf.value", "in", tags),
    );
  const addressees = await readerAddressees(db, reader.userId, reader.unitIds);
  const received = addressees.flatMap(([type, id]) =>
    (["action", "info"] as const).map((mode) =>
      db
        .selectFrom(
          db
            .selectFrom("distributions as r")
            .select(["r.correspondence_id", "r.dispatched_at"])
            .where("r.addressee_type", "=", type)
            .where("r.addressee_id", "=", id)
            .where("r.mode", "=", mode)
            .orderBy("r.dispatched_at", "desc")
            .orderBy("r.correspondence_id", "desc")
            .limit(FOLLOWED_WINDOW)
            .as("d"),
        )
        .innerJoin("correspondences", "correspondences.id", "d.correspondence_id")
        .select("d.correspondence_id")
        .where(tagged(sql.ref("d.correspondence_id")))
        .where("correspondences.marking", "in", [...reader.markings])
        .orderBy("d.dispatched_at", "desc")
        .orderBy("d.correspondence_id", "desc")
        .limit(limit),
    ),
  );
  const sent = reader.unitIds.map((unitId) =>
    db
      .selectFrom(
        db
          .selectFrom("correspondences as r")
          .select("r.id")
          .where("r.origin_unit_id", "=", unitId)
          .where("r.state", "=", "dispatched")
          // The origin index's order: for a dispatched document, its dispatch or later.
          .orderBy("r.updated_at", "desc")
          .orderBy("r.id", "desc")
          .limit(FOLLOWED_WINDOW)
          .as("w"),
      )
      .innerJoin("correspondences", "correspondences.id", "w.id")
      .select("correspondences.id as correspondence_id")
      .where(tagged(sql.ref("correspondences.id")))
      .where("correspondences.marking", "in", [...reader.markings])
      .orderBy("correspondences.dispatched_at", "desc")
      .orderBy("correspondences.id", "desc")
      .limit(limit),
  );
  const branches = [...received, ...sent].map((page) =>
    db.selectFrom(page.as("b")).select("b.correspondence_id"),
  );
  const [first, ...others] = branches;
  if (!first) return [];
  const ids = (await others.reduce((all, b) => all.unionAll(b), first).execute()).map(
    (r) => r.correspondence_id,
  );
  if (ids.length === 0) return [];
  return selectSummaries(db)
    .select([sql<null>`null`.as("own_handling"), sql<null>`null`.as("own_deadline")])
    .where("correspondences.id", "in", [...new Set(ids)])
    .where(readable)
    .orderBy("correspondences.dispatched_at", "desc")
    .orderBy("correspondences.id", "desc")
    .limit(limit)
    .execute();
}

/** The tags a user follows, alphabetically. */
export async function listFollowedTags(db: Handle, userId: string) {
  const rows = await db
    .selectFrom("follows")
    .select("target_key")
    .where("follower_id", "=", userId)
    .where("target_type", "=", "tag")
    .orderBy("target_key")
    .execute();
  return rows.map((r) => r.target_key);
}

/** Open and overdue action items addressed to each unit, counted per unit in one statement. */
export async function countUnitActions(
  db: Handle,
  readable: CorrespondenceFilter,
  unitIds: readonly string[],
  today: string,
) {
  return db
    .selectFrom("distributions as d")
    .innerJoin("correspondences", "correspondences.id", "d.correspondence_id")
    .select((eb) => [
      "d.addressee_id as unit_id",
      eb.fn.countAll<number | string>().as("open_count"),
      eb.fn
        .sum<number | string | null>(eb.case().when("d.deadline", "<", today).then(1).else(0).end())
        .as("overdue_count"),
    ])
    .where("d.addressee_type", "=", "unit")
    .where("d.addressee_id", "in", [...unitIds])
    .where("d.mode", "=", "action")
    .where("d.handling", "in", [...OPEN_HANDLING])
    .where(readable)
    .groupBy("d.addressee_id")
    .execute();
}

/** What each unit received (for action or information) since a date, per precedence. */
export async function countUnitReceivedSince(
  db: Handle,
  readable: CorrespondenceFilter,
  unitIds: readonly string[],
  since: string,
) {
  const rows = await db
    .selectFrom("distributions as d")
    .innerJoin("correspondences", "correspondences.id", "d.correspondence_id")
    .select((eb) => [
      "d.addressee_id as unit_id",
      "correspondences.precedence",
      eb.fn.count<number | string>("d.correspondence_id").distinct().as("received"),
    ])
    .where("d.addressee_type", "=", "unit")
    .where("d.addressee_id", "in", [...unitIds])
    .where("d.dispatched_at", ">=", since)
    .where(readable)
    .groupBy(["d.addressee_id", "correspondences.precedence"])
    .execute();
  return rows as { unit_id: string; precedence: Precedence; received: number | string }[];
}

/** The units, as references, by id. */
export async function listUnitRefs(db: Handle, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom("units")
    .select(["id", "kind", "name", "short_name", "country_code", "city"])
    .where("id", "in", [...unitIds])
    .orderBy("name")
    .execute();
}
