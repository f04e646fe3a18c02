import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { FilingConditions, RetentionRule } from "../../shared/schemas/records.js";
import type { CorrespondenceKind } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { loadSignedInUser } from "../people/people.service.js";
import { listDisposalProposals, proposeDisposal } from "../records/disposal.service.js";

/*
 * The demo's filing plan (« plan de classement ») and filing rules, loaded before the demo's
 * correspondence so that every dispatched document is filed at capture by the same code as in
 * production. A few series end in destruction after a month, so the archivist finds disposal
 * proposals, and one list is already proposed by the head of the archives for approval.
 */

interface DemoSeries {
  code: string;
  parent: string | null;
  title: string;
  description: string;
  retention: RetentionRule;
}

const keep = (
  months: number,
  accessDelayYears = 25,
  start: RetentionRule["retentionStart"] = "dispatch",
) => ({
  retentionMonths: months,
  retentionStart: start,
  finalAction: "keep" as const,
  accessDelayYears,
});
const destroy = (months: number, start: RetentionRule["retentionStart"] = "dispatch") => ({
  retentionMonths: months,
  retentionStart: start,
  finalAction: "destroy" as const,
  accessDelayYears: 25,
});
const grouping = {
  retentionMonths: null,
  retentionStart: "dispatch" as const,
  finalAction: "keep" as const,
  accessDelayYears: 25,
};

export const DEMO_SERIES: readonly DemoSeries[] = [
  {
    code: "1",
    parent: null,
    title: "Correspondance diplomatique",
    description: "Télégrammes, notes et courriels formels.",
    retention: grouping,
  },
  {
    code: "1.1",
    parent: "1",
    title: "Télégrammes diplomatiques",
    description: "Par direction géographique destinataire ou émettrice.",
    retention: grouping,
  },
  {
    code: "1.1.1",
    parent: "1.1",
    title: "TD — Amériques et Caraïbes",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.2",
    parent: "1.1",
    title: "TD — Afrique et océan Indien",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.3",
    parent: "1.1",
    title: "TD — Afrique du Nord et Moyen-Orient",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.4",
    parent: "1.1",
    title: "TD — Asie et Océanie",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.5",
    parent: "1.1",
    title: "TD — Europe continentale et Union européenne",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.6",
    parent: "1.1",
    title: "TD — Nations unies et organisations internationales",
    description: "",
    retention: keep(120, 50),
  },
  {
    code: "1.1.9",
    parent: "1.1",
    title: "TD — autres",
    description: "Télégrammes qu'aucune règle plus précise ne classe.",
    retention: keep(120, 50),
  },
  {
    code: "1.2",
    parent: "1",
    title: "Notes diplomatiques et notes verbales",
    description: "",
    retention: keep(60, 25, "year_end"),
  },
  {
    code: "1.3",
    parent: "1",
    title: "Courriels formels",
    description: "Échanges courants : éliminés un mois après l'envoi.",
    retention: destroy(1),
  },
  {
    code: "2",
    parent: null,
    title: "Information courante",
    description: "Documents à valeur d'information, sans intérêt historique.",
    retention: grouping,
  },
  { code: "2.1", parent: "2", title: "Revues de presse", description: "", retention: destroy(1) },
  {
    code: "2.2",
    parent: "2",
    title: "Comptes rendus de réunions de service",
    description: "",
    retention: destroy(2),
  },
  {
    code: "3",
    parent: null,
    title: "Gestion des crises",
    description: "Centre de crise et de soutien.",
    retention: keep(12, 50, "action_closed"),
  },
];

interface DemoRule {
  name: string;
  series: string;
  kind?: CorrespondenceKind;
  origin?: { unitKey: string; includeSubUnits: boolean };
  addressee?: string;
  tag?: string;
}

/** In evaluation order: the first that matches wins. */
export const DEMO_FILING_RULES: readonly DemoRule[] = [
  { name: "Courriels formels", series: "1.3", kind: "formal_email" },
  { name: "Notes", series: "1.2", kind: "note" },
  { name: "Revues de presse", series: "2.1", tag: "presse" },
  { name: "Réunions de service", series: "2.2", tag: "réunion" },
  {
    name: "Crises : production du CDCS",
    series: "3",
    origin: { unitKey: "cdcs", includeSubUnits: true },
  },
  { name: "Crises : TD adressés au CDCS", series: "3", kind: "telegram", addressee: "cdcs" },
  { name: "TD pour la DAMC", series: "1.1.1", kind: "telegram", addressee: "dgp-amc" },
  {
    name: "TD de la DAMC",
    series: "1.1.1",
    kind: "telegram",
    origin: { unitKey: "dgp-amc", includeSubUnits: true },
  },
  { name: "TD pour la DAOI", series: "1.1.2", kind: "telegram", addressee: "dgp-afr" },
  {
    name: "TD de la DAOI",
    series: "1.1.2",
    kind: "telegram",
    origin: { unitKey: "dgp-afr", includeSubUnits: true },
  },
  { name: "TD pour ANMO", series: "1.1.3", kind: "telegram", addressee: "dgp-anmo" },
  { name: "TD pour ASIE", series: "1.1.4", kind: "telegram", addressee: "dgp-asie" },
  { name: "TD pour la DUE", series: "1.1.5", kind: "telegram", addressee: "dgp-due" },
  { name: "TD pour la DEC", series: "1.1.5", kind: "telegram", addressee: "dgp-dec" },
  { name: "TD pour NUOI", series: "1.1.6", kind: "telegram", addressee: "dgp-nuoi" },
  { name: "Autres télégrammes", series: "1.1.9", kind: "telegram" },
];

/** Loads the filing plan and its rules (before any document is dispatched). */
export async function seedDemoFilingPlan(
  trx: Transaction<DB>,
  unitId: (key: string) => string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const ids = new Map(DEMO_SERIES.map((s) => [s.code, randomUUID()]));
  const idOf = (code: string) => {
    const id = ids.get(code);
    if (!id) throw new Error(`demo filing plan refers to unknown series ${code}`);
    return id;
  };
  for (const s of DEMO_SERIES) {
    await trx
      .insertInto("record_series")
      .values({
        id: idOf(s.code),
        parent_id: s.parent ? idOf(s.parent) : null,
        code: s.code,
        title: s.title,
        description: s.description,
        retention_months: s.retention.retentionMonths,
        retention_start: s.retention.retentionStart,
        final_action: s.retention.finalAction,
        access_delay_years: s.retention.accessDelayYears,
        created_at: at,
        updated_at: at,
        closed_at: null,
      })
      .execute();
  }
  for (const [index, r] of DEMO_FILING_RULES.entries()) {
    const conditions: FilingConditions = {
      ...(r.kind ? { kind: r.kind } : {}),
      ...(r.origin
        ? {
            originUnit: {
              unitId: unitId(r.origin.unitKey),
              includeSubUnits: r.origin.includeSubUnits,
            },
          }
        : {}),
      ...(r.addressee ? { addresseeUnitId: unitId(r.addressee) } : {}),
      ...(r.tag ? { tag: r.tag } : {}),
    };
    await trx
      .insertInto("filing_rules")
      .values({
        id: randomUUID(),
        position: index + 1,
        series_id: idOf(r.series),
        name: r.name,
        conditions: JSON.stringify(conditions),
        enabled: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}

/**
 * After the correspondence: the head of the archives proposes the oldest due press reviews for
 * disposal, so the disposal approver has a list waiting.
 */
export async function seedDemoDisposalProposal(db: Kysely<DB>, now: Date): Promise<number> {
  // The head of the archives (an archivist without the approver's key) proposes.
  const proposer = await db
    .selectFrom("user_roles as r")
    .select("r.user_id")
    .where("r.role", "=", "archivist")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("user_roles as a")
            .select("a.user_id")
            .whereRef("a.user_id", "=", "r.user_id")
            .where("a.role", "=", "disposal_approver"),
        ),
      ),
    )
    .orderBy("r.user_id")
    .executeTakeFirst();
  if (!proposer) return 0;
  const proposerId = proposer.user_id;
  const loaded = await loadSignedInUser(db, proposerId, { mfa: true }, now);
  if (!loaded) return 0;
  const due = await listDisposalProposals(db, loaded.subject, { limit: 100 }, now);
  const chosen = due.items.filter((r) => r.series?.code === "2.1").slice(0, 5);
  if (chosen.length === 0) return 0;
  await proposeDisposal(
    db,
    loaded.subject,
    { userId: proposerId, ip: null },
    {
      recordIds: chosen.map((r) => r.id),
      note: "Revues de presse échues (un mois après l'envoi).",
    },
    now,
  );
  return chosen.length;
}
