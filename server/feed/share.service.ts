import type { Kysely } from "kysely";
import type { RichDocument, ShareRefusal } from "../../shared/schemas/feed.js";
import {
  correspondenceReaders,
  readableCorrespondence,
} from "../correspondence/correspondence.policy.js";
import { findReadableCorrespondence } from "../correspondence/correspondence.repository.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { listMembersWhoCannotRead } from "./feed.repository.js";
import { createPostIn, loadPostableCommunity } from "./post.service.js";

/** At most this many names in a refusal; the total says how many there are. */
const REFUSAL_NAMES = 50;

/**
 * Shares a dispatched correspondence into a community with a comment: a post that links it.
 * The sharer must read it (404 otherwise) and may post in the community; and every member of
 * the community must already be allowed to read it by the correspondence read rule — sharing
 * never widens who reads a document. If some may not, nothing is written and the answer (409
 * `share_not_readable_by_all`) names them. Returns the post's id.
 */
export async function shareCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  input: { correspondenceId: string; communityId: string; body: RichDocument; tags: string[] },
  now: Date = new Date(),
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const correspondence = await findReadableCorrespondence(
      trx,
      readableCorrespondence(subject),
      input.correspondenceId,
    );
    if (!correspondence) throw notFound();
    if (correspondence.state !== "dispatched") {
      throw new AppError("conflict", { reason: "not_dispatched" });
    }
    const community = await loadPostableCommunity(trx, subject, input.communityId);
    const readers = correspondenceReaders(
      {
        id: correspondence.id,
        marking: correspondence.marking,
        state: correspondence.state,
        drafterId: correspondence.drafter_id,
        originUnitId: correspondence.origin_unit_id,
      },
      todayUtc(),
    );
    const blocked = await listMembersWhoCannotRead(trx, community.id, readers, REFUSAL_NAMES);
    if (blocked.total > 0) {
      const details: ShareRefusal = {
        people: blocked.people.map((p) => ({ id: p.id, displayName: p.display_name })),
        total: blocked.total,
      };
      throw new AppError("share_not_readable_by_all", details);
    }
    const postId = await createPostIn(
      trx,
      subject,
      actor,
      {
        communityId: community.id,
        body: input.body,
        tags: input.tags,
        isQuestion: false,
        visibleToGuests: false,
        sharedCorrespondenceId: correspondence.id,
      },
      now,
    );
    await emit(trx, actor, {
      type: "correspondence.shared",
      target: { type: "correspondence", id: correspondence.id },
      details: { communityId: community.id, postId },
    });
    return postId;
  });
}
