import type { Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import type { Actor, DomainEvent } from "../events/events.js";
import { fileAtCapture, settleActionIfLast } from "./filing.service.js";

/*
 * Capture costs the agent nothing: the record made at dispatch is filed in the same
 * transaction, and the end of its last action starts the « closing of the action » retention.
 */

/** In-transaction subscriber (events.ts, after the journal). */
export async function fileOnEvent(
  trx: Transaction<DB>,
  actor: Actor,
  event: DomainEvent,
): Promise<void> {
  if (event.type === "correspondence.dispatched" && event.target) {
    await fileAtCapture(trx, actor, event.target.id, new Date());
    return;
  }
  if (event.type === "distribution.answered" || event.type === "distribution.closed") {
    const correspondenceId = event.details?.correspondenceId;
    if (typeof correspondenceId === "string") {
      await settleActionIfLast(trx, correspondenceId, new Date());
    }
  }
}
