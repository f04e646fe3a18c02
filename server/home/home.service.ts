import type { Kysely } from "kysely";
import type {
  Home,
  HomeActionItem,
  HomeQuery,
  HomeUnitSummary,
} from "../../shared/schemas/home.js";
import { PRECEDENCES } from "../../shared/vocabulary.js";
import {
  correspondenceMarkings,
  readableCorrespondence,
} from "../correspondence/correspondence.policy.js";
import { presentCorrespondenceSummary } from "../correspondence/correspondence.presenter.js";
import { isAlerting } from "../correspondence/correspondence.rules.js";
import { listCorrespondenceInbox } from "../correspondence/correspondence.service.js";
import type { DB } from "../db/schema.js";
import { listFeed } from "../feed/post.service.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { listNotifications } from "../notifications/notifications.service.js";
import { presentUnitRef } from "../organization/organization.presenter.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import {
  type ActionKey,
  countUnitActions,
  countUnitReceivedSince,
  listActionItems,
  listFollowedTagCorrespondence,
  listFollowedTags,
  listUnitRefs,
  NO_DEADLINE,
} from "./home.repository.js";

/** How many items the alert and « suivis » sections show before their « voir tout » link. */
const SIDE_SECTION_SIZE = 5;
/** Rank of `immediate` in « À traiter »'s order (flash 0, immediate 1, priority 2, routine 3). */
const IMMEDIATE_RANK = 1;

type ActionRow = Awaited<ReturnType<typeof listActionItems>>[number];

/*
 * The home reads only what the session may read (a one-factor session sees no DR item here; the
 * boxes list them locked, behind the step-up), so no row it shows is locked.
 */
const UNLOCKED = false;

function presentActionItem(row: ActionRow, today: string): HomeActionItem {
  return { ...presentCorrespondenceSummary(row, today, UNLOCKED), deadline: row.own_deadline };
}

/**
 * Flash and immediate items nobody acknowledged. « À traiter » is ordered by precedence, so when
 * its first page reaches beyond immediate, or is the whole list, every such item is already in
 * it: the alert list is taken from it instead of read again.
 */
async function listUnacknowledged(
  db: Kysely<DB>,
  subject: Subject,
  actionRows: ActionRow[],
  limit: number,
  size: number,
): Promise<ActionRow[]> {
  const page = actionRows.slice(0, limit);
  const coversUrgent =
    actionRows.length <= limit || page.some((r) => Number(r.precedence_rank) > IMMEDIATE_RANK);
  if (coversUrgent) {
    return page.filter((r) => isAlerting(r.precedence, r.own_handling)).slice(0, size);
  }
  return listActionItems(db, readableCorrespondence(subject), {
    userId: subject.userId,
    unitIds: subject.unitIds,
    alertingOnly: true,
    limit: size,
  });
}

/** Units the subject heads: those whose release authority (`releaser`) they hold. */
export function headedUnitIds(subject: Subject): string[] {
  return subject.roles.flatMap((r) =>
    r.role === "releaser" && r.unitId !== null ? [r.unitId] : [],
  );
}

/** Monday 00:00 UTC of the week containing `now`. */
export function weekStartUtc(now: Date): string {
  const day = (now.getUTCDay() + 6) % 7;
  const monday = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day),
  );
  return monday.toISOString();
}

async function listUnitSummaries(
  db: Kysely<DB>,
  subject: Subject,
  now: Date,
): Promise<HomeUnitSummary[]> {
  const unitIds = headedUnitIds(subject);
  if (unitIds.length === 0) return [];
  const readable = readableCorrespondence(subject);
  const weekStart = weekStartUtc(now);
  const [units, actions, received] = await Promise.all([
    listUnitRefs(db, unitIds),
    countUnitActions(db, readable, unitIds, todayUtc(now)),
    countUnitReceivedSince(db, readable, unitIds, weekStart),
  ]);
  return units.map((unit) => {
    const open = actions.find((a) => a.unit_id === unit.id);
    const weekByPrecedence = Object.fromEntries(PRECEDENCES.map((p) => [p, 0])) as Record<
      (typeof PRECEDENCES)[number],
      number
    >;
    for (const r of received) {
      if (r.unit_id === unit.id) weekByPrecedence[r.precedence] = Number(r.received);
    }
    return {
      unit: presentUnitRef(unit),
      openActions: Number(open?.open_count ?? 0),
      overdueActions: Number(open?.overdue_count ?? 0),
      weekStart,
      weekByPrecedence,
    };
  });
}

/**
 * The signed-in user's home, most pressing first: « À traiter » (action items by precedence then
 * deadline, and what waits for their visa or signature), alerts, what they follow, the rest « pour
 * information », and for a head of unit a summary of the unit. Every section is read under the
 * correspondence, post and notification read rules, in SQL.
 */
export async function getHome(
  db: Kysely<DB>,
  subject: Subject,
  query: HomeQuery,
  now: Date = new Date(),
): Promise<Home> {
  const decoded = decodeCursor(query.actionCursor, ["number", "string", "string"]);
  const after = decoded as ActionKey | undefined;
  const readable = readableCorrespondence(subject);
  const today = todayUtc(now);
  const actionSearch = { userId: subject.userId, unitIds: subject.unitIds, limit: query.limit };
  const actions = listActionItems(db, readable, { ...actionSearch, alertingOnly: false, after });
  const toActionPage = (rows: ActionRow[]) =>
    toPage(
      rows,
      query.limit,
      (r) => presentActionItem(r, today),
      (r) => [Number(r.precedence_rank), r.own_deadline ?? NO_DEADLINE, r.id],
    );
  if (after !== undefined) {
    return {
      actionItems: toActionPage(await actions),
      circuit: null,
      alerts: null,
      following: null,
      forInformation: null,
      unitSummaries: [],
    };
  }
  const side = SIDE_SECTION_SIZE;
  const [
    actionRows,
    circuit,
    alertNotifications,
    feed,
    tagged,
    followedTags,
    forInformation,
    unitSummaries,
  ] = await Promise.all([
    actions,
    listCorrespondenceInbox(db, subject, { box: "circuit", limit: side }),
    listNotifications(db, subject, { type: "alert", unread: "true", limit: side }),
    listFeed(db, subject, { limit: side }),
    listFollowedTagCorrespondence(
      db,
      readable,
      { ...subject, markings: correspondenceMarkings(subject) },
      side,
    ),
    listFollowedTags(db, subject.userId),
    listCorrespondenceInbox(db, subject, { box: "info", limit: query.limit }),
    listUnitSummaries(db, subject, now),
  ]);
  const unacknowledged = await listUnacknowledged(db, subject, actionRows, query.limit, side);
  return {
    actionItems: toActionPage(actionRows),
    circuit,
    alerts: {
      notifications: alertNotifications,
      unacknowledged: unacknowledged.map((r) => presentActionItem(r, today)),
    },
    following: {
      posts: [...feed.pinned, ...feed.items],
      postsCursor: feed.nextCursor,
      correspondence: tagged.map((r) => presentCorrespondenceSummary(r, today, UNLOCKED)),
      followedTags,
    },
    forInformation,
    unitSummaries,
  };
}
