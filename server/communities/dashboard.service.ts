import { type Kysely, sql } from "kysely";
import type { CommunityDashboard } from "../../shared/schemas/communities.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Subject } from "../policy/subject.js";
import { canManageCommunity } from "./communities.policy.js";
import { loadVisible } from "./communities.service.js";

/*
 * The managers' dashboard: a community's last weeks — members, posts, comments, active members —
 * and the questions nobody answered. Counts come from SQL grouped by day (`substr` of the ISO
 * instant works alike on both engines); days are folded into weeks here. Hidden (moderated)
 * posts and comments still count: they were activity.
 */

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the week of an instant or a day, as YYYY-MM-DD. */
export function weekStartOf(dayOrInstant: string): string {
  const date = new Date(`${dayOrInstant.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The Mondays of the last `count` weeks, oldest first, the current week last. */
export function lastWeeks(now: Date, count: number): string[] {
  const current = Date.parse(`${weekStartOf(now.toISOString())}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

const day = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 10)`;

export async function getCommunityDashboard(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
  query: { weeks: number },
  now: Date = new Date(),
): Promise<CommunityDashboard> {
  const community = await loadVisible(db, subject, id);
  if (!canManageCommunity({ access: community.access, role: community.my_role ?? null })) {
    throw new AppError("forbidden");
  }
  const weeks = lastWeeks(now, query.weeks);
  const from = `${weeks[0]}T00:00:00.000Z`;

  const [postDays, commentDays, activeDays, changes, members, totals, questions] =
    await Promise.all([
      db
        .selectFrom("posts")
        .select([day("created_at").as("day"), (eb) => eb.fn.countAll<number>().as("n")])
        .where("community_id", "=", id)
        .where("created_at", ">=", from)
        .groupBy(day("created_at"))
        .execute(),
      db
        .selectFrom("comments")
        .select([day("created_at").as("day"), (eb) => eb.fn.countAll<number>().as("n")])
        .where("community_id", "=", id)
        .where("created_at", ">=", from)
        .groupBy(day("created_at"))
        .execute(),
      db
        .selectFrom("posts")
        .select([day("created_at").as("day"), "author_id"])
        .where("community_id", "=", id)
        .where("created_at", ">=", from)
        .union(
          db
            .selectFrom("comments")
            .select([day("created_at").as("day"), "author_id"])
            .where("community_id", "=", id)
            .where("created_at", ">=", from),
        )
        .execute(),
      db
        .selectFrom("membership_changes")
        .select(["change", "at"])
        .where("community_id", "=", id)
        .where("at", ">=", from)
        .execute(),
      db
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("community_id", "=", id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("posts")
        .select((eb) => [
          eb.fn.countAll<number>().as("posts"),
          eb
            .selectFrom("comments")
            .select((c) => c.fn.countAll<number>().as("n"))
            .where("comments.community_id", "=", id)
            .as("comments"),
        ])
        .where("community_id", "=", id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("posts")
        .innerJoin("users", "users.id", "posts.author_id")
        .select([
          "posts.id",
          "posts.body_text",
          "posts.created_at",
          "users.id as author_id",
          "users.display_name",
          "users.job_title",
          (eb) => eb.fn.countAll<number>().over().as("total"),
        ])
        .where("posts.community_id", "=", id)
        .where("posts.is_question", "=", 1)
        .where("posts.hidden_at", "is", null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("comments")
                .select("comments.id")
                .whereRef("comments.post_id", "=", "posts.id")
                .where("comments.hidden_at", "is", null),
            ),
          ),
        )
        .orderBy("posts.created_at")
        .orderBy("posts.id")
        .limit(5)
        .execute(),
    ]);

  const perWeek = (rows: readonly { day: string; n: number | string | bigint }[]) => {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const week = weekStartOf(r.day);
      counts.set(week, (counts.get(week) ?? 0) + Number(r.n));
    }
    return counts;
  };
  const posts = perWeek(postDays);
  const comments = perWeek(commentDays);
  const active = new Map<string, Set<string>>();
  for (const r of activeDays) {
    const week = weekStartOf(r.day);
    active.set(week, (active.get(week) ?? new Set()).add(r.author_id));
  }
  // Members at the end of a week: today's count, minus who joined since, plus who left since.
  const currentMembers = Number(members.n);
  const membersAtEndOf = (weekStart: string) => {
    const end = new Date(Date.parse(`${weekStart}T00:00:00Z`) + 7 * DAY_MS).toISOString();
    let count = currentMembers;
    for (const c of changes) {
      if (c.at >= end) count += c.change === "joined" ? -1 : 1;
    }
    return Math.max(0, count);
  };

  return {
    communityId: id,
    weeks: weeks.map((weekStart) => ({
      weekStart,
      members: membersAtEndOf(weekStart),
      posts: posts.get(weekStart) ?? 0,
      comments: comments.get(weekStart) ?? 0,
      activeMembers: active.get(weekStart)?.size ?? 0,
    })),
    totals: {
      members: currentMembers,
      posts: Number(totals.posts),
      comments: Number(totals.comments ?? 0),
      unansweredQuestions: Number(questions[0]?.total ?? 0),
    },
    unansweredQuestions: questions.map((q) => ({
      postId: q.id,
      excerpt: q.body_text.length > 160 ? `${q.body_text.slice(0, 159)}…` : q.body_text,
      author: { id: q.author_id, displayName: q.display_name, jobTitle: q.job_title },
      createdAt: q.created_at,
    })),
  };
}
