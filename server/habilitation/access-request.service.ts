import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  AcceptInvitationBody,
  AccessRequest,
  AccessRequestPage,
  AccessRequestQuery,
  DecideAccessRequestBody,
  RequestAccessBody,
  RequestableUnit,
} from "../../shared/schemas/habilitation.js";
import { DecideAccessRequestBody as DecideBody } from "../../shared/schemas/habilitation.js";
import { PASSWORD_INVITATION_HOURS } from "../../shared/vocabulary.js";
import { hashPassword } from "../auth/password.js";
import { checkNewPassword } from "../auth/password-policy.js";
import { deleteSessionsOfUser } from "../auth/session.repository.js";
import { syncHierarchicalMemberships } from "../communities/membership-sync.service.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { queueRenderedMail } from "../mail/outbound/rendered-mail.js";
import {
  demotePrincipalAssignments,
  findUserByEmail,
  insertAssignment,
  insertUser,
  listAssignments,
  updateUserRow,
} from "../people/people.repository.js";
import { personSearchText } from "../people/people-admin.service.js";
import type { Subject } from "../policy/subject.js";
import { todayUtc } from "../policy/subject.js";
import { foldText } from "../search/text-fold.js";
import {
  canDecideAccessRequest,
  canReadAccessRequest,
  readableRequestUnits,
} from "./habilitation.policy.js";
import { presentAccessRequest } from "./habilitation.presenter.js";
import {
  consumeInvitation,
  decideAccessRequestRow,
  findAccessRequest,
  findRequestableUnit,
  hasPendingRequest,
  insertAccessRequest,
  insertInvitation,
  listAccessRequests as listAccessRequestRows,
  listRequestableUnits as listRequestableUnitRows,
} from "./habilitation.repository.js";
import { acceptedMail, invitationLink, refusedMail } from "./habilitation-mail.js";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The units the public form offers. */
export async function listRequestableUnits(db: Kysely<DB>): Promise<{ items: RequestableUnit[] }> {
  const rows = await listRequestableUnitRows(db);
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, organizationName: r.organization_name })),
  };
}

/**
 * Records an access request from the public form. The answer is the same whether the address
 * has an account, already has a pending request (then nothing new is written) or is new, so
 * the form tells nobody who exists.
 */
export async function requestAccess(
  db: Kysely<DB>,
  actor: Actor,
  body: RequestAccessBody,
  now: Date = new Date(),
): Promise<{ received: true }> {
  await db.transaction().execute(async (trx) => {
    const unit = await findRequestableUnit(trx, body.unitId);
    if (!unit) throw new AppError("invalid_input", { unitId: "unknown" });
    if (await hasPendingRequest(trx, body.email)) return;
    const id = randomUUID();
    await insertAccessRequest(trx, {
      id,
      email: body.email,
      given_name: body.givenName,
      family_name: body.familyName,
      nationality: body.nationality,
      job_title: body.jobTitle,
      unit_id: unit.id,
      reason: body.reason,
      state: "pending",
      decided_by: null,
      decided_at: null,
      decision_note: null,
      user_id: null,
      created_at: now.toISOString(),
    });
    await emit(trx, actor, {
      type: "access.requested",
      target: { type: "access_request", id },
      details: {
        unitId: unit.id,
        unitName: unit.name,
        personName: `${body.givenName} ${body.familyName}`,
        email: body.email,
      },
    });
  });
  return { received: true };
}

/** The access requests of the units the reader heads (all of them for a security officer). */
export async function listAccessRequests(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof AccessRequestQuery>,
): Promise<AccessRequestPage> {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listAccessRequestRows(db, {
    unitIds: readableRequestUnits(subject),
    state: query.state,
    after,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentAccessRequest(row, canDecideAccessRequest(subject, row.unit_id)),
    (row) => [row.created_at, row.id],
  );
}

/**
 * The head of the named unit accepts or refuses a request. Acceptance creates the account
 * (no password, charter not yet accepted) or takes the existing one, assigns it to the unit
 * (its communities follow), and queues an e-mail: for an account without a password, a
 * single-use link to choose one. All of it in one transaction with the event.
 */
export async function decideAccessRequest(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  requestId: string,
  input: DecideAccessRequestBody,
  config: { publicUrl: string },
  now: Date = new Date(),
): Promise<AccessRequest> {
  const body = DecideBody.parse(input);
  return db.transaction().execute(async (trx) => {
    const request = await findAccessRequest(trx, requestId);
    if (!request || !canReadAccessRequest(subject, request.unit_id)) throw notFound();
    if (!canDecideAccessRequest(subject, request.unit_id)) throw new AppError("forbidden");
    if (request.state !== "pending") throw new AppError("access_request_decided");
    const at = now.toISOString();
    let userId: string | null = null;
    let invitationExpiresAt: string | null = null;
    if (body.accept) {
      const unit = await findRequestableUnit(trx, request.unit_id);
      if (!unit) throw notFound();
      const existing = await findUserByEmail(trx, request.email);
      userId = existing?.id ?? randomUUID();
      if (!existing) {
        await insertUser(trx, {
          id: userId,
          organization_id: unit.organization_id,
          email: request.email,
          given_name: request.given_name,
          family_name: request.family_name,
          display_name: `${request.given_name} ${request.family_name}`,
          job_title: request.job_title,
          nationality: request.nationality,
          status: "active",
          password_hash: null,
          locale: "fr",
          charter_version: null,
          charter_accepted_at: null,
          search_text: personSearchText({
            givenName: request.given_name,
            familyName: request.family_name,
            email: request.email,
            jobTitle: request.job_title,
          }),
          sort_key: foldText(`${request.family_name} ${request.given_name}`),
          created_at: at,
          updated_at: at,
        });
        await emit(trx, actor, {
          type: "user.created",
          target: { type: "user", id: userId },
          details: { email: request.email, via: "access_request", accessRequestId: request.id },
        });
      }
      const today = todayUtc(now);
      const assignments = await listAssignments(trx, [userId]);
      const alreadyThere = assignments.some(
        (a) => a.unit_id === request.unit_id && (a.ends_on === null || a.ends_on >= today),
      );
      if (!alreadyThere) {
        const isPrincipal = !assignments.some(
          (a) => a.is_principal === 1 && (a.ends_on === null || a.ends_on >= today),
        );
        if (isPrincipal) await demotePrincipalAssignments(trx, userId);
        const assignmentId = randomUUID();
        const fn = body.function ?? request.job_title;
        await insertAssignment(trx, {
          id: assignmentId,
          user_id: userId,
          unit_id: request.unit_id,
          function: fn,
          is_principal: isPrincipal ? 1 : 0,
          starts_on: today,
          ends_on: null,
          created_at: at,
        });
        await emit(trx, actor, {
          type: "assignment.added",
          target: { type: "user", id: userId },
          details: { assignmentId, unitId: request.unit_id, function: fn, startsOn: today },
        });
        await syncHierarchicalMemberships(trx, userId, actor);
      }
      let link: string | null = null;
      if (!existing || existing.password_hash === null) {
        const token = randomBytes(32).toString("base64url");
        invitationExpiresAt = new Date(
          now.getTime() + PASSWORD_INVITATION_HOURS * 3600_000,
        ).toISOString();
        await insertInvitation(trx, {
          token_hash: hashToken(token),
          user_id: userId,
          expires_at: invitationExpiresAt,
          used_at: null,
          created_at: at,
        });
        link = invitationLink(config.publicUrl, token);
      }
      await queueRenderedMail(
        trx,
        acceptedMail({
          to: request.email,
          unitName: request.unit_name,
          link,
          expiresAt: invitationExpiresAt ?? at,
        }),
        at,
      );
    } else {
      await queueRenderedMail(
        trx,
        refusedMail({ to: request.email, unitName: request.unit_name, note: body.note }),
        at,
      );
    }
    const decided = await decideAccessRequestRow(trx, request.id, {
      state: body.accept ? "accepted" : "refused",
      decided_by: subject.userId,
      decided_at: at,
      decision_note: body.note,
      user_id: userId,
    });
    if (!decided) throw new AppError("access_request_decided");
    await emit(trx, actor, {
      type: "access.request_decided",
      target: { type: "access_request", id: request.id },
      details: {
        accepted: body.accept,
        userId,
        unitId: request.unit_id,
        unitName: request.unit_name,
        personName: `${request.given_name} ${request.family_name}`,
        invitationExpiresAt,
      },
    });
    const row = await findAccessRequest(trx, request.id);
    if (!row) throw notFound();
    return presentAccessRequest(row, true);
  });
}

/**
 * Sets the first password of an invited account from its single-use link. An unknown, used or
 * expired token is one answer; the password must pass the policy before the link is spent.
 */
export async function acceptInvitation(
  db: Kysely<DB>,
  actor: Actor,
  body: AcceptInvitationBody,
  now: Date = new Date(),
): Promise<void> {
  checkNewPassword(body.password);
  const passwordHash = await hashPassword(body.password);
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const userId = await consumeInvitation(trx, hashToken(body.token), at);
    if (!userId) throw new AppError("activation_link_invalid");
    await updateUserRow(trx, userId, { password_hash: passwordHash, updated_at: at });
    // A password (re)set ends whatever sessions the account had.
    await deleteSessionsOfUser(trx, userId);
    await emit(
      trx,
      { ...actor, userId },
      {
        type: "user.password_set",
        target: { type: "user", id: userId },
        details: { via: "invitation" },
      },
    );
  });
}
