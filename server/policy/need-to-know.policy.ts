import type { Marking } from "../../shared/vocabulary.js";
import { clearanceCovers } from "./marking.policy.js";
import type { Subject } from "./subject.js";

/**
 * Why a user may have a reason to read a piece of content. Content domains compute these
 * relations (in SQL for lists) and hand them to `canReadContent`.
 */
export const RELATIONS = [
  "drafter",
  "circuit",
  "addressee",
  "community_member",
  "released",
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Relations that give an internal agent a need to know. */
const INTERNAL_REASONS: readonly Relation[] = [
  "drafter",
  "circuit",
  "addressee",
  "community_member",
];

/**
 * The need-to-know rule. An internal agent needs a reason (drafter, circuit, addressee, member
 * of a community it was shared to). An external user needs an explicit release decision, and
 * nothing else counts for them. Roles grant no reason: an administrator reads nothing by rank.
 */
export function hasNeedToKnow(subject: Subject, relations: ReadonlySet<Relation>): boolean {
  if (subject.isExternal) return relations.has("released");
  return INTERNAL_REASONS.some((r) => relations.has(r));
}

/** Full read rule for protected content: marking covered AND need to know. */
export function canReadContent(
  subject: Subject,
  content: { marking: Marking; relations: ReadonlySet<Relation> },
): boolean {
  return clearanceCovers(subject, content.marking) && hasNeedToKnow(subject, content.relations);
}
