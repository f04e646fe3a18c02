import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { AddresseeType, Marking } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { telegramContent } from "./correspondence-factory.js";

let dispatched = 0;

/**
 * A telegram in the dispatched state, written directly (the circuit, signature and dispatch
 * have their own tests): one information distribution per addressee.
 */
export async function makeDispatchedTelegram(
  db: Kysely<DB>,
  t: {
    originUnitId: string;
    drafterId: string;
    marking?: Marking;
    subject?: string;
    addressees?: { type: AddresseeType; id: string }[];
  },
): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  const marking = t.marking ?? "NP";
  const content = telegramContent({ marking, subject: t.subject ?? "Point de situation" });
  dispatched += 1;
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
      marking,
      version: 1,
      content: JSON.stringify(content),
      reference: `TEST-2026-${String(dispatched).padStart(4, "0")}-${id.slice(0, 4)}`,
      created_at: at,
      updated_at: at,
      dispatched_at: at,
    })
    .execute();
  const addressees = t.addressees ?? [];
  if (addressees.length > 0) {
    await db
      .insertInto("distributions")
      .values(
        addressees.map((a) => ({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: a.type,
          addressee_id: a.id,
          mode: "info" as const,
          handling: null,
          deadline: null,
          assigned_to: null,
          acknowledged_at: null,
          closed_at: null,
          close_comment: null,
          answer_id: null,
          dispatched_at: at,
        })),
      )
      .execute();
  }
  return id;
}
