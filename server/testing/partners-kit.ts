import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type { Marking } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { latestRenderedText } from "../mail/outbound/rendered-mail.js";
import { indexOnEvent } from "../search/search-indexing.js";
import { telegramContent } from "./correspondence-factory.js";
import { requestAs } from "./test-app.js";

/* Helpers for partner tests: dispatched documents written directly and indexed, invitations. */

let counter = 0;

/**
 * A dispatched telegram written directly (circuits and dispatch have their own tests), indexed
 * through the search subscriber as a dispatch would be; one info distribution per addressee.
 */
export async function dispatchedTelegram(
  db: Kysely<DB>,
  t: {
    originUnitId: string;
    drafterId: string;
    marking: Marking;
    paragraphs?: DraftContent["paragraphs"];
    subject?: string;
    countryTags?: string[];
    tags?: string[];
    addressees?: { type: "unit" | "user" | "community"; id: string }[];
  },
): Promise<string> {
  const id = randomUUID();
  counter += 1;
  const at = new Date(Date.now() - 1000 * (1000 - counter)).toISOString();
  const paragraphs =
    t.paragraphs ??
    (t.marking === "NP"
      ? [{ marking: "NP", text: "Le département du Commerce a publié un avis." }]
      : undefined);
  const content = telegramContent({
    marking: t.marking,
    subject: t.subject ?? `Point de situation ${counter}`,
    countryTags: t.countryTags ?? ["US"],
    tags: t.tags ?? ["commerce"],
    ...(paragraphs ? { paragraphs } : {}),
  });
  await db
    .insertInto("correspondences")
    .values({
      id,
      kind: "telegram",
      state: "dispatched",
      origin_unit_id: t.originUnitId,
      drafter_id: t.drafterId,
      subject: content.subject,
      precedence: content.precedence,
      marking: t.marking,
      version: 1,
      content: JSON.stringify(content),
      reference: `PART-2026-${String(counter).padStart(4, "0")}-${id.slice(0, 4).toUpperCase()}`,
      created_at: at,
      updated_at: at,
      dispatched_at: at,
    })
    .execute();
  for (const a of t.addressees ?? []) {
    await db
      .insertInto("distributions")
      .values({
        id: randomUUID(),
        correspondence_id: id,
        addressee_type: a.type,
        addressee_id: a.id,
        mode: "info",
        handling: null,
        deadline: null,
        assigned_to: null,
        acknowledged_at: null,
        closed_at: null,
        close_comment: null,
        answer_id: null,
        dispatched_at: at,
      })
      .execute();
  }
  // Only the search index: the journal and notifications of a real dispatch are not the point.
  await db.transaction().execute((trx) =>
    indexOnEvent(trx, {
      type: "correspondence.dispatched",
      target: { type: "correspondence", id },
    }),
  );
  return id;
}

/** The invitation token an e-mail in the outbox carries for an address. */
export async function invitationTokenFor(db: Kysely<DB>, email: string): Promise<string> {
  const text = await latestRenderedText(db, email);
  const match = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in the mail to ${email}`);
  return match[1];
}

/** Invites an organisation through the API and accepts every invitation: its people may sign in. */
export async function invitePartner(
  app: FastifyInstance,
  db: Kysely<DB>,
  managerCookie: string,
  p: {
    name: string;
    sectors: string[];
    countries: string[];
    people: { givenName: string; familyName: string; email: string }[];
    agentContactIds?: string[];
  },
  password: string,
): Promise<string> {
  const response = await requestAs(app, managerCookie, {
    method: "POST",
    url: "/api/partners/organisations",
    payload: {
      name: p.name,
      kind: "company",
      sectors: p.sectors,
      countries: p.countries,
      contacts: p.people,
      agentContactIds: p.agentContactIds ?? [],
    },
  });
  if (response.statusCode !== 201) throw new Error(`invitation failed: ${response.body}`);
  for (const person of p.people) {
    const token = await invitationTokenFor(db, person.email);
    const accepted = await app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      payload: { password },
    });
    if (accepted.statusCode !== 204) throw new Error(`acceptance failed: ${accepted.body}`);
  }
  return response.json().id;
}
