import type { Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../db/schema.js";
import type { Actor, DomainEvent } from "../events/events.js";
import { deliverNotifications, type NotificationDraft } from "../notifications/delivery.js";
import { listSecurityOfficers, listUnitHeads } from "./habilitation.repository.js";

/*
 * Who hears of enrolment and habilitation, inside the transaction of the change: the heads of
 * the named unit of a new request, the security officers of an accepted one (a clearance may
 * be due), the holder of every grant, revocation and coming expiry, and the security officers
 * of the expiry too.
 */

const Requested = z.looseObject({
  unitId: z.string(),
  unitName: z.string(),
  personName: z.string(),
});
const Decided = z.looseObject({
  accepted: z.boolean(),
  unitName: z.string(),
  personName: z.string(),
  userId: z.string().nullable(),
});
const Granted = z.looseObject({
  clearanceId: z.string(),
  level: z.string(),
  validUntil: z.string(),
});
const Revoked = z.looseObject({ clearanceId: z.string(), level: z.string().optional() });
const Expiring = z.looseObject({
  clearanceId: z.string(),
  level: z.string(),
  validUntil: z.string(),
  personName: z.string(),
});

const targetOf = (event: DomainEvent) => {
  if (!event.target) throw new Error(`${event.type} has no target`);
  return event.target;
};

/** Notifications for the habilitation events; other events pass through untouched. */
export async function notifyOnHabilitationEvent(
  trx: Transaction<DB>,
  actor: Actor,
  event: DomainEvent,
): Promise<void> {
  const details = event.details ?? {};
  let drafts: NotificationDraft[] = [];
  switch (event.type) {
    case "access.requested": {
      const d = Requested.parse(details);
      drafts = (await listUnitHeads(trx, d.unitId)).map((userId) => ({
        userId,
        type: "action",
        reason: "access_request",
        target: targetOf(event),
        groupKey: `access_request:${event.target?.id}`,
        details: { unitName: d.unitName, personName: d.personName },
      }));
      break;
    }
    case "access.request_decided": {
      const d = Decided.parse(details);
      if (!d.accepted || d.userId === null) return;
      drafts = (await listSecurityOfficers(trx)).map((userId) => ({
        userId,
        type: "information",
        reason: "access_request_decided",
        target: { type: "user", id: d.userId as string },
        groupKey: `access_request_decided:${event.target?.id}`,
        details: { unitName: d.unitName, personName: d.personName },
      }));
      break;
    }
    case "clearance.granted": {
      const d = Granted.parse(details);
      drafts = [
        {
          userId: targetOf(event).id,
          type: "information",
          reason: "clearance_changed",
          target: targetOf(event),
          groupKey: `clearance:${d.clearanceId}`,
          details: { level: d.level, validUntil: d.validUntil, revoked: false },
        },
      ];
      break;
    }
    case "clearance.revoked": {
      const d = Revoked.parse(details);
      drafts = [
        {
          userId: targetOf(event).id,
          type: "alert",
          reason: "clearance_changed",
          target: targetOf(event),
          groupKey: `clearance:${d.clearanceId}`,
          details: { level: d.level ?? "", revoked: true },
        },
      ];
      break;
    }
    case "clearance.expiring": {
      const d = Expiring.parse(details);
      const holderId = targetOf(event).id;
      const officers = await listSecurityOfficers(trx);
      drafts = [holderId, ...officers.filter((id) => id !== holderId)].map((userId) => ({
        userId,
        type: userId === holderId ? "alert" : "information",
        reason: "clearance_expiring",
        target: targetOf(event),
        groupKey: `clearance_expiring:${d.clearanceId}`,
        details: { level: d.level, validUntil: d.validUntil, personName: d.personName },
      }));
      break;
    }
    default:
      return;
  }
  await deliverNotifications(trx, actor, drafts);
}
