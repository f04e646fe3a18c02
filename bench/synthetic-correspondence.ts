import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CorrespondenceTable, DB, DistributionTable } from "../server/db/schema.js";
import { PRECEDENCES } from "../shared/vocabulary.js";

/*
 * Bulk, synthetic dispatched correspondence on top of the demo, to measure the boxes at the size
 * of a ministry's year (tens of thousands of documents), where the demo's few hundred hide a
 * scan. Written straight into the tables: the point is volume and distribution, not the
 * lifecycle (which the demo seed goes through). Each document goes to one unit for action and
 * two for information, drawn at random, so every unit's boxes grow in proportion.
 */

const BATCH = 400;
const MARKINGS = ["NP", "NP", "NP", "DR", "DR", "DR-SF"] as const;

export async function addSyntheticCorrespondence(db: Kysely<DB>, count: number): Promise<void> {
  const units = (await db.selectFrom("units").select("id").execute()).map((u) => u.id);
  const drafters = await db
    .selectFrom("assignments")
    .select(["user_id", "unit_id"])
    .where("ends_on", "is", null)
    .execute();
  if (units.length < 3 || drafters.length === 0) throw new Error("seed the demo first");
  let seed = 42;
  // A small deterministic generator, so two runs measure the same data.
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const start = Date.parse("2024-01-01T00:00:00Z");
  const span = Date.parse("2026-11-01T00:00:00Z") - start;
  for (let done = 0; done < count; done += BATCH) {
    const rows: CorrespondenceTable[] = [];
    const distributions: DistributionTable[] = [];
    for (let i = done; i < Math.min(count, done + BATCH); i += 1) {
      const id = randomUUID();
      const drafter = pick(drafters);
      const at = new Date(start + Math.floor(random() * span)).toISOString();
      const marking = pick(MARKINGS);
      const subject = `Synthèse ${i} — situation régionale`;
      rows.push({
        id,
        kind: random() < 0.8 ? "telegram" : random() < 0.5 ? "note" : "formal_email",
        state: "dispatched",
        origin_unit_id: drafter.unit_id,
        drafter_id: drafter.user_id,
        subject,
        precedence: pick(PRECEDENCES),
        marking,
        version: 1,
        content: JSON.stringify({
          subject,
          summary: "Résumé synthétique.",
          precedence: "routine",
          marking,
          tags: ["synthèse"],
          countryTags: [],
          references: [],
          paragraphs: Array.from({ length: 6 }, (_, p) => ({
            marking: "NP",
            text: `Paragraphe ${p + 1} : ${"analyse détaillée de la situation. ".repeat(12)}`,
          })),
          addressees: [],
          actionDeadline: null,
          note: null,
          email: null,
        }),
        reference: `SYNTH-${at.slice(0, 4)}-${String(i).padStart(6, "0")}`,
        created_at: at,
        updated_at: at,
        dispatched_at: at,
      });
      const addressed = new Set<string>();
      for (const mode of ["action", "info", "info"] as const) {
        const unit = pick(units);
        if (addressed.has(unit)) continue;
        addressed.add(unit);
        distributions.push({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: "unit",
          addressee_id: unit,
          mode,
          handling: mode === "action" ? "new" : null,
          deadline: null,
          assigned_to: null,
          acknowledged_at: null,
          closed_at: null,
          close_comment: null,
          answer_id: null,
          dispatched_at: at,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("correspondences").values(rows).execute();
      await trx.insertInto("distributions").values(distributions).execute();
    });
  }
}
