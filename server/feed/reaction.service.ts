import type { Kysely, Transaction } from "kysely";
import type { ReactionSummary } from "../../shared/schemas/feed.js";
import type { ReactionKind, ReactionTargetType } from "../../shared/vocabulary.js";
import { canManageCommunity } from "../communities/communities.policy.js";
import { readableCorrespondence } from "../correspondence/correspondence.policy.js";
import { findReadableCorrespondence } from "../correspondence/correspondence.repository.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import type { Subject } from "../policy/subject.js";
import { indexReactions } from "./feed.presenter.js";
import { deleteReaction, findComment, insertReaction, loadReactions } from "./feed.repository.js";
import { loadReadablePost } from "./post.service.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** « Utile » and « pas utile » exclude each other; « j'aime » stands alone. */
const EXCLUDES: Record<ReactionKind, ReactionKind | null> = {
  like: null,
  useful: "not_useful",
  not_useful: "useful",
};

/**
 * Checks that the subject may see the target (404 otherwise) and, when `toReact`, that reacting
 * is open (not on a hidden post).
 */
async function requireReadableTarget(
  db: Handle,
  subject: Subject,
  type: ReactionTargetType,
  id: string,
  toReact: boolean,
) {
  switch (type) {
    case "post": {
      const { row } = await loadReadablePost(db, subject, id);
      if (toReact && row.hidden_at !== null) throw new AppError("conflict", { reason: "hidden" });
      return;
    }
    case "comment": {
      const comment = await findComment(db, id);
      if (!comment) throw notFound();
      const { row, standing } = await loadReadablePost(db, subject, comment.post_id);
      if (comment.hidden_at !== null && !canManageCommunity(standing)) throw notFound();
      if (toReact && (row.hidden_at !== null || comment.hidden_at !== null)) {
        throw new AppError("conflict", { reason: "hidden" });
      }
      return;
    }
    case "correspondence": {
      const readable = await findReadableCorrespondence(db, readableCorrespondence(subject), id);
      if (!readable) throw notFound();
      return;
    }
  }
}

/** The reactions on a target the subject may see. */
export async function getReactions(
  db: Kysely<DB>,
  subject: Subject,
  type: ReactionTargetType,
  id: string,
): Promise<ReactionSummary> {
  await requireReadableTarget(db, subject, type, id, false);
  return indexReactions(await loadReactions(db, type, [id], subject.userId))(id);
}

/**
 * Sets a reaction on a post, a comment or a correspondence the subject may read (setting
 * « utile » takes back « pas utile » and the reverse), or removes it. Idempotent.
 */
export async function react(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: { targetType: ReactionTargetType; targetId: string; kind: ReactionKind; remove: boolean },
  now: Date = new Date(),
): Promise<ReactionSummary> {
  const { targetType, targetId, kind } = body;
  await db.transaction().execute(async (trx) => {
    await requireReadableTarget(trx, subject, targetType, targetId, true);
    const target = { type: targetType, id: targetId };
    const key = { target_type: targetType, target_id: targetId, user_id: subject.userId };
    if (body.remove) {
      if (await deleteReaction(trx, { ...key, kind })) {
        await emit(trx, actor, { type: "reaction.removed", target, details: { kind } });
      }
      return;
    }
    const excluded = EXCLUDES[kind];
    if (excluded && (await deleteReaction(trx, { ...key, kind: excluded }))) {
      await emit(trx, actor, { type: "reaction.removed", target, details: { kind: excluded } });
    }
    if (await insertReaction(trx, { ...key, kind, created_at: now.toISOString() })) {
      await emit(trx, actor, { type: "reaction.set", target, details: { kind } });
    }
  });
  return indexReactions(await loadReactions(db, targetType, [targetId], subject.userId))(targetId);
}
