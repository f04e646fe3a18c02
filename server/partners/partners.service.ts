import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  InviteOrganisationBody,
  PartnerOrganisation,
  PartnerOrganisationQuery,
} from "../../shared/schemas/partners.js";
import { PARTNER_INVITATION_DAYS } from "../../shared/vocabulary.js";
import { hashPassword } from "../auth/password.js";
import { checkNewPassword } from "../auth/password-policy.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { queueRenderedMail } from "../mail/outbound/rendered-mail.js";
import { insertOrganization } from "../organization/organization.repository.js";
import { emailExists, insertUser } from "../people/people.repository.js";
import { personSearchText } from "../people/people-admin.service.js";
import { hasRole, type Subject } from "../policy/subject.js";
import { xmlText } from "../publication/atom.js";
import { foldText } from "../search/text-fold.js";
import {
  consumeInvitation,
  findInvitation,
  insertPartnerProfile,
  listAgentContacts,
  listPartnerDetails,
  listPartnerRows,
} from "./partners.repository.js";

/*
 * Invited organisations. A partner manager creates the organisation with its sectors, countries
 * and the agents named as its contacts, and invites its people: each gets an account that stays
 * disabled until they open the e-mailed link (single use, expiring) and choose a password.
 */

/** Internal agents who work with partners: they see the list of partner organisations. */
export const canSeePartners = (subject: Subject) =>
  !subject.isExternal &&
  (hasRole(subject, "partner_manager") ||
    hasRole(subject, "releaser") ||
    hasRole(subject, "communicator"));

const tokenHashOf = (token: string) => createHash("sha256").update(token).digest("hex");

function invitationMail(
  publicUrl: string,
  p: { displayName: string; organisation: string; token: string; expiresAt: string },
) {
  const link = `${publicUrl}/invitation/${p.token}`;
  const until = p.expiresAt.slice(0, 10);
  const text = [
    `Bonjour ${p.displayName},`,
    "",
    `Le ministère de l'Europe et des Affaires étrangères invite ${p.organisation} sur le portail Diplomatie.`,
    `Pour activer votre compte et choisir votre mot de passe, ouvrez ce lien (valable jusqu'au ${until}, une seule fois) :`,
    link,
    "",
    "---",
    "",
    `Hello ${p.displayName},`,
    "",
    `The French Ministry for Europe and Foreign Affairs invites ${p.organisation} onto the Diplomatie portal.`,
    `To activate your account and choose your password, open this link (valid until ${until}, once):`,
    link,
  ].join("\n");
  const html = text
    .split("\n")
    .map((line) =>
      line === link
        ? `<p><a href="${xmlText(link)}">${xmlText(link)}</a></p>`
        : `<p>${xmlText(line)}</p>`,
    )
    .join("\n");
  return { subject: `Invitation sur le portail Diplomatie — ${p.organisation}`, text, html };
}

/** Creates a partner organisation and invites its people by e-mail (queued in the outbox). */
export async function inviteOrganisation(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  publicUrl: string,
  body: InviteOrganisationBody,
): Promise<string> {
  if (subject.isExternal || !hasRole(subject, "partner_manager")) throw notFound();
  const emails = body.contacts.map((c) => c.email);
  if (new Set(emails).size !== emails.length) {
    throw new AppError("invalid_input", [{ path: "/contacts", problem: "duplicate_email" }]);
  }
  return db.transaction().execute(async (trx) => {
    const agents = [...new Set(body.agentContactIds)];
    if (agents.length > 0) {
      const found = await trx
        .selectFrom("users as u")
        .innerJoin("organizations as o", "o.id", "u.organization_id")
        .select("u.id")
        .where("u.id", "in", agents)
        .where("u.status", "=", "active")
        .where("o.kind", "=", "ministry")
        .execute();
      if (found.length !== agents.length) {
        throw new AppError("invalid_input", [{ path: "/agentContactIds", problem: "unknown" }]);
      }
    }
    for (const email of emails) {
      if (await emailExists(trx, email)) throw new AppError("email_taken", { email });
    }
    const now = new Date();
    const at = now.toISOString();
    const organizationId = randomUUID();
    await insertOrganization(trx, {
      id: organizationId,
      kind: body.kind === "company" ? "company" : "other",
      name: body.name,
      short_name: body.name.slice(0, 20),
      created_at: at,
      updated_at: at,
    });
    await insertPartnerProfile(trx, {
      organizationId,
      kind: body.kind,
      sectors: [...new Set(body.sectors)],
      countries: [...new Set(body.countries)],
      agentContactIds: agents,
      invitedBy: subject.userId,
      at,
    });
    const expiresAt = new Date(now.getTime() + PARTNER_INVITATION_DAYS * 86_400_000).toISOString();
    const invited: string[] = [];
    for (const contact of body.contacts) {
      const userId = randomUUID();
      const displayName = `${contact.givenName} ${contact.familyName}`;
      await insertUser(trx, {
        id: userId,
        organization_id: organizationId,
        email: contact.email,
        given_name: contact.givenName,
        family_name: contact.familyName,
        display_name: displayName,
        job_title: null,
        // Unknown: an outside person's nationality is never needed (they read NP only).
        nationality: "ZZ",
        // Disabled until the invitation is accepted: no one signs in on an unopened link.
        status: "disabled",
        password_hash: null,
        locale: "fr",
        charter_version: null,
        charter_accepted_at: null,
        search_text: personSearchText({ ...contact, jobTitle: null }),
        sort_key: foldText(`${contact.familyName} ${contact.givenName}`),
        created_at: at,
        updated_at: at,
      });
      const token = randomBytes(32).toString("base64url");
      await trx
        .insertInto("partner_invitations")
        .values({
          id: randomUUID(),
          organization_id: organizationId,
          user_id: userId,
          token_hash: tokenHashOf(token),
          expires_at: expiresAt,
          accepted_at: null,
          created_by: subject.userId,
          created_at: at,
        })
        .execute();
      const mail = invitationMail(publicUrl, {
        displayName,
        organisation: body.name,
        token,
        expiresAt,
      });
      await queueRenderedMail(trx, { to: contact.email, ...mail }, at);
      invited.push(userId);
    }
    await emit(trx, actor, {
      type: "partner.invited",
      target: { type: "organization", id: organizationId },
      details: {
        kind: body.kind,
        sectors: body.sectors,
        countries: body.countries,
        invitedUserIds: invited,
        agentContactIds: agents,
      },
    });
    return organizationId;
  });
}

/** One page of partner organisations with their sectors, countries, contacts and people. */
export async function listPartnerOrganisations(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof PartnerOrganisationQuery>,
) {
  if (!canSeePartners(subject)) throw notFound();
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listPartnerRows(db, after, query.limit);
  const details = await listPartnerDetails(
    db,
    rows.map((r) => r.id),
  );
  const invitedIds = new Set(
    (
      await db
        .selectFrom("partner_invitations")
        .select("user_id")
        .where("accepted_at", "is", null)
        .where("organization_id", "in", rows.length > 0 ? rows.map((r) => r.id) : ["-"])
        .execute()
    ).map((r) => r.user_id),
  );
  return toPage(
    rows,
    query.limit,
    (r): PartnerOrganisation => ({
      id: r.id,
      name: r.name,
      kind: r.partner_kind,
      sectors: details.sectors.filter((s) => s.organization_id === r.id).map((s) => s.sector),
      countries: details.countries
        .filter((c) => c.organization_id === r.id)
        .map((c) => c.country_code),
      agentContacts: details.contacts
        .filter((c) => c.organization_id === r.id)
        .map((c) => ({ id: c.id, displayName: c.display_name })),
      people: details.people
        .filter((p) => p.organization_id === r.id)
        .map((p) => ({
          id: p.id,
          displayName: p.display_name,
          email: p.email,
          invited: invitedIds.has(p.id),
        })),
      createdAt: r.created_at,
    }),
    (r) => [r.name, r.id],
  );
}

/** What an invitation link is for; 410 `invitation_invalid` once used or expired. */
export async function getInvitation(db: Kysely<DB>, token: string) {
  const row = await findInvitation(db, tokenHashOf(token));
  if (!row) throw notFound();
  if (row.accepted_at !== null || row.expires_at <= new Date().toISOString()) {
    throw new AppError("invitation_invalid");
  }
  return {
    organisationName: row.organization_name,
    displayName: row.display_name,
    email: row.email,
    expiresAt: row.expires_at,
  };
}

/** Accepts an invitation: sets the password (policy checked), activates the account, once. */
export async function acceptInvitation(
  db: Kysely<DB>,
  actor: Actor,
  token: string,
  password: string,
): Promise<void> {
  checkNewPassword(password);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const row = await findInvitation(trx, tokenHashOf(token));
    if (!row) throw notFound();
    const now = new Date().toISOString();
    if (!(await consumeInvitation(trx, row.id, now))) throw new AppError("invitation_invalid");
    await trx
      .updateTable("users")
      .set({ password_hash: hash, status: "active", updated_at: now })
      .where("id", "=", row.user_id)
      .execute();
    await emit(
      trx,
      { ...actor, userId: row.user_id },
      {
        type: "partner.invitation_accepted",
        target: { type: "user", id: row.user_id },
      },
    );
  });
}

/** The agents named as contacts of the partner's organisation (the partner's whole directory). */
export async function listMyContacts(db: Kysely<DB>, subject: Subject) {
  if (!subject.isExternal) throw notFound();
  const rows = await listAgentContacts(db, subject.organizationId);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}
