import type { Transaction } from "kysely";
import type { DB } from "../db/schema.js";
// habilitation
import { notifyOnHabilitationEvent } from "../habilitation/habilitation.subscriber.js";
import { appendToJournal } from "../journal/journal.service.js";
import { notifyOnEvent } from "../notifications/notifications.subscriber.js";
import { fileOnEvent } from "../records/records.subscriber.js";
import { alertSavedSearchesOnEvent } from "../search/saved-search-alerts.js";
import { indexOnEvent } from "../search/search-indexing.js";

/** Who performs an operation, and from where: carried from the HTTP edge into use cases. */
export interface Actor {
  userId: string | null;
  ip: string | null;
}

/** Something that happened in the domain, named in the past tense ("user.created"). */
export interface DomainEvent {
  type: string;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
}

type InTransactionSubscriber = (
  trx: Transaction<DB>,
  actor: Actor,
  event: DomainEvent,
) => Promise<void>;

/*
 * Subscribers that must succeed or fail with the change itself. The journal is one: an
 * operation that cannot be journaled does not happen. Notifications come after it, under the
 * journal's lock, which orders their sequence numbers by commit; the live stream reads them
 * after commit.
 */
const inTransactionSubscribers: readonly InTransactionSubscriber[] = [
  (trx, actor, event) => appendToJournal(trx, actor, event),
  // records management: file the record captured at dispatch; start retention at action closing
  (trx, actor, event) => fileOnEvent(trx, actor, event),
  (trx, _actor, event) => indexOnEvent(trx, event),
  (trx, actor, event) => notifyOnEvent(trx, actor, event),
  (trx, actor, event) => alertSavedSearchesOnEvent(trx, actor, event),
  // habilitation
  (trx, actor, event) => notifyOnHabilitationEvent(trx, actor, event),
];

/** Records a domain event inside the transaction that made the change. */
export async function emit(trx: Transaction<DB>, actor: Actor, event: DomainEvent): Promise<void> {
  for (const subscriber of inTransactionSubscribers) await subscriber(trx, actor, event);
}
