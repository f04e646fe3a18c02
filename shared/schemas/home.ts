import { z } from "zod";
import { PRECEDENCES } from "../vocabulary.js";
import { page } from "./common.js";
import { CorrespondenceSummary } from "./correspondence.js";
import { Post } from "./feed.js";
import { Notification } from "./notifications.js";
import { UnitRef } from "./organization.js";

/**
 * `getHome`: the first items of each section. `actionCursor` continues « À traiter » alone
 * (the other sections are then null); each other section's cursor continues in its own list
 * (the boxes, the personal feed, the notifications).
 */
export const HomeQuery = z.strictObject({
  actionCursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type HomeQuery = z.infer<typeof HomeQuery>;

/** An action item: a summary with the reader's own deadline. */
export const HomeActionItem = CorrespondenceSummary.extend({ deadline: z.string().nullable() });
export type HomeActionItem = z.infer<typeof HomeActionItem>;

export const PrecedenceCounts = z.object(
  Object.fromEntries(PRECEDENCES.map((p) => [p, z.number().int()])) as Record<
    (typeof PRECEDENCES)[number],
    z.ZodNumber
  >,
);

/** What a head of unit sees of the unit: counted over what the unit itself received. */
export const HomeUnitSummary = z.object({
  unit: UnitRef,
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** Monday of the current week (UTC), the start of `weekByPrecedence`. */
  weekStart: z.string(),
  weekByPrecedence: PrecedenceCounts,
});
export type HomeUnitSummary = z.infer<typeof HomeUnitSummary>;

export const Home = z.object({
  actionItems: page(HomeActionItem),
  circuit: page(CorrespondenceSummary).nullable(),
  alerts: z
    .object({ notifications: page(Notification), unacknowledged: z.array(HomeActionItem) })
    .nullable(),
  following: z
    .object({
      posts: z.array(Post),
      postsCursor: z.string().nullable(),
      correspondence: z.array(CorrespondenceSummary),
      followedTags: z.array(z.string()),
    })
    .nullable(),
  forInformation: page(CorrespondenceSummary).nullable(),
  unitSummaries: z.array(HomeUnitSummary),
});
export type Home = z.infer<typeof Home>;
