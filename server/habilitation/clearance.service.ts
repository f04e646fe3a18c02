import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type {
  ClearanceAuditEntry,
  ClearanceAuditPage,
  ClearanceAuditQuery,
  GrantClearanceRequest,
  RevokeClearanceRequest,
} from "../../shared/schemas/habilitation.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { findPerson, insertClearance } from "../people/people.repository.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { isSecurityOfficer } from "./habilitation.policy.js";
import { presentClearanceAudit } from "./habilitation.presenter.js";
import {
  findClearanceAudit,
  listClearanceAudit,
  revokeClearanceWithReason,
} from "./habilitation.repository.js";

/** The clearance area is invisible to everyone but security officers. */
function requireSecurityOfficer(subject: Subject) {
  if (!isSecurityOfficer(subject)) throw notFound();
}

/**
 * A security officer grants a clearance for a validity period, with the reason. Nobody grants
 * their own clearance. The holder reads DR from their next request (two factors still needed).
 */
export async function grantClearance(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: GrantClearanceRequest,
  now: Date = new Date(),
): Promise<ClearanceAuditEntry> {
  requireSecurityOfficer(subject);
  if (body.userId === subject.userId) {
    throw new AppError("conflict", { userId: "cannot_grant_self" });
  }
  return db.transaction().execute(async (trx) => {
    const today = todayUtc(now);
    const holder = await findPerson(trx, body.userId, today);
    if (!holder) throw notFound();
    if (holder.status !== "active") throw new AppError("conflict", { userId: "account_disabled" });
    const id = randomUUID();
    await insertClearance(trx, {
      id,
      user_id: body.userId,
      level: body.level,
      valid_from: body.validFrom,
      valid_until: body.validUntil,
      revoked_at: null,
      granted_by: subject.userId,
      created_at: now.toISOString(),
      reason: body.reason,
    });
    await emit(trx, actor, {
      type: "clearance.granted",
      target: { type: "user", id: body.userId },
      details: {
        clearanceId: id,
        level: body.level,
        validFrom: body.validFrom,
        validUntil: body.validUntil,
        reason: body.reason,
      },
    });
    const row = await findClearanceAudit(trx, id);
    if (!row) throw notFound();
    return presentClearanceAudit(row, today);
  });
}

/** A security officer revokes a grant at once, with the reason; the history keeps it. */
export async function revokeClearance(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  clearanceId: string,
  body: RevokeClearanceRequest,
  now: Date = new Date(),
): Promise<ClearanceAuditEntry> {
  requireSecurityOfficer(subject);
  return db.transaction().execute(async (trx) => {
    const grant = await findClearanceAudit(trx, clearanceId);
    if (!grant) throw notFound();
    const revoked = await revokeClearanceWithReason(trx, clearanceId, {
      revoked_at: now.toISOString(),
      revoked_by: subject.userId,
      revocation_reason: body.reason,
    });
    if (!revoked) throw new AppError("conflict", { clearance: "already_revoked" });
    await emit(trx, actor, {
      type: "clearance.revoked",
      target: { type: "user", id: grant.user_id },
      details: { clearanceId, level: grant.level, reason: body.reason },
    });
    const row = await findClearanceAudit(trx, clearanceId);
    if (!row) throw notFound();
    return presentClearanceAudit(row, todayUtc(now));
  });
}

/**
 * The security officer's audit view: every grant with its holder, period, status on the day,
 * who granted it and why, who revoked it and why — filtered in SQL, latest grant first.
 */
export async function listClearances(
  db: Kysely<DB>,
  subject: Subject,
  query: ClearanceAuditQuery,
  now: Date = new Date(),
): Promise<ClearanceAuditPage> {
  requireSecurityOfficer(subject);
  const today = todayUtc(now);
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listClearanceAudit(db, {
    today,
    status: query.status,
    level: query.level,
    userId: query.userId,
    after,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentClearanceAudit(row, today),
    (row) => [row.created_at, row.id],
  );
}
