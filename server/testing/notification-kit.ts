import type { Kysely } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import { submitForClearance } from "../correspondence/circuit.service.js";
import { createCorrespondence } from "../correspondence/correspondence.service.js";
import { signCorrespondence } from "../correspondence/dispatch.service.js";
import type { DB } from "../db/schema.js";
import { type DomainEvent, emit } from "../events/events.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { telegramContent } from "./correspondence-factory.js";

/* Helpers for notification tests: real services and real events, read back from the table. */

export async function subjectOf(db: Kysely<DB>, userId: string): Promise<Subject> {
  const signedIn = await loadSignedInUser(db, userId, { mfa: true });
  if (!signedIn) throw new Error(`no active user ${userId}`);
  return signedIn.subject;
}

export const actorFor = (userId: string) => ({ userId, ip: "127.0.0.1" });

/** Drafts, submits (no visa) and signs a telegram through the correspondence services. */
export async function dispatchTelegram(
  db: Kysely<DB>,
  o: {
    drafterId: string;
    signerId: string;
    originUnitId: string;
    content: Partial<DraftContent>;
    visas?: ({ userId: string } | { unitId: string })[];
  },
): Promise<string> {
  const drafter = await subjectOf(db, o.drafterId);
  const id = await createCorrespondence(db, drafter, actorFor(o.drafterId), {
    kind: "telegram",
    originUnitId: o.originUnitId,
    content: telegramContent(o.content),
  });
  await submitForClearance(db, drafter, actorFor(o.drafterId), id, {
    visas: o.visas ?? [],
    signerId: o.signerId,
  });
  if ((o.visas ?? []).length > 0) return id;
  const signer = await subjectOf(db, o.signerId);
  await signCorrespondence(db, signer, actorFor(o.signerId), id, { confirmExclusions: true });
  return id;
}

/** Emits a domain event as another part of the portal would, in a transaction of its own. */
export async function emitAs(db: Kysely<DB>, actorId: string | null, event: DomainEvent) {
  await db.transaction().execute((trx) => emit(trx, { userId: actorId, ip: null }, event));
}

/** The notification rows of some users, oldest event first. */
export async function notificationRows(db: Kysely<DB>, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "in", [...userIds])
    .orderBy("seq")
    .execute();
}
