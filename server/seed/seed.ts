import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Kysely, Transaction } from "kysely";
import { hashPassword } from "../auth/password.js";
import { BlobStore } from "../blobs/blob-store.js";
import { insertCommunity, insertMemberships } from "../communities/communities.repository.js";
import type { DB } from "../db/schema.js";
import { emit } from "../events/events.js";
// habilitation
import { insertAccessRequest } from "../habilitation/habilitation.repository.js";
import { insertOrganization, insertUnit } from "../organization/organization.repository.js";
import { unitSearchText } from "../organization/organization.service.js";
import {
  insertAssignment,
  insertClearance,
  insertRole,
  insertUser,
} from "../people/people.repository.js";
import { personSearchText } from "../people/people-admin.service.js";
import { foldText } from "../search/text-fold.js";
import { seedDemoCommunities } from "./demo-communities.js";
import { seedDemoCorrespondence } from "./demo-correspondence.js";
import {
  DEMO_ACCESS_REQUESTS,
  DEMO_COMMUNITIES,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_UNITS,
  type DemoUnit,
} from "./demo-data.js";
import { seedDemoFeed } from "./demo-feed.js";
import { seedDemoPartners } from "./demo-partners.js";
import { seedDemoDisposalProposal, seedDemoFilingPlan } from "./demo-records.js";

/** The accounts the README and the start-up banner name, in the order they are printed. */
export const DEMO_PERSONAS = [
  ["admin@demo.diplomatie.fr", "administrateur de la plateforme"],
  ["redacteur.washington@demo.diplomatie.fr", "rédacteur, ambassade à Washington (DR)"],
  ["chef.washington@demo.diplomatie.fr", "chef de poste à Washington, autorité de signature (DR)"],
  [
    "agent.amerique@demo.diplomatie.fr",
    "agent, direction des Amériques (DR) ; partenaires et communication",
  ],
  ["agent.berlin@demo.diplomatie.fr", "agent, ambassade à Berlin (DR)"],
  ["stagiaire@demo.diplomatie.fr", "stagiaire, sans habilitation (NP)"],
  ["archiviste@demo.diplomatie.fr", "archiviste, approbatrice des éliminations (DR)"],
  ["cm.afrique@demo.diplomatie.fr", "animateur de communauté, Afrique"],
  ["partenaire@entreprise-demo.fr", "partenaire externe (entreprise)"],
  ["officier.securite@demo.diplomatie.fr", "officière de sécurité : habilitations (DR)"],
] as const;

/**
 * The demo's authenticator secret, the same for every demo account holding DR (DR content needs
 * a second factor). Public by design: add it to an authenticator app, or print the current code
 * with `npm run cli -- demo:totp`. Never used outside the demo seed.
 */
export const DEMO_TOTP_SECRET = "DIPLOMATIEDEMOTOTPDIPLOMATIEDEMO";

/** Whether the database holds no organisation yet (a fresh install). */
export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/** Orders units so that every parent comes before its children. */
function parentsFirst(units: readonly DemoUnit[]): DemoUnit[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const ordered: DemoUnit[] = [];
  const placed = new Set<string>();
  const place = (unit: DemoUnit) => {
    if (placed.has(unit.key)) return;
    const parent = unit.parentKey ? byKey.get(unit.parentKey) : undefined;
    if (parent) place(parent);
    placed.add(unit.key);
    ordered.push(unit);
  };
  for (const unit of units) place(unit);
  return ordered;
}

/** Hashes passwords a few at a time: argon2 is deliberately costly in memory and time. */
async function hashAll(count: number, password: string): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < count; i += 8) {
    const batch = Math.min(8, count - i);
    hashes.push(
      ...(await Promise.all(Array.from({ length: batch }, () => hashPassword(password)))),
    );
  }
  return hashes;
}

/**
 * Loads the demo ministry (organisations, units, people, clearances, roles, communities) in one
 * transaction, and journals it; then its correspondence, through the use cases. Refuses to run
 * on a database that already holds data.
 */
export async function seedDemo(
  db: Kysely<DB>,
  password: string,
  now: Date = new Date(),
  /** Where the blob store lives; without it, the community libraries stay empty. */
  dataDir?: string,
): Promise<{
  organizations: number;
  units: number;
  users: number;
  communities: number;
  correspondences: number;
}> {
  if (!(await isEmpty(db))) throw new Error("The database already holds data: demo not loaded.");
  const hashes = await hashAll(DEMO_PEOPLE.length, password);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const orgIds = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, randomUUID()]));
    const unitIds = new Map(DEMO_UNITS.map((u) => [u.key, randomUUID()]));
    const userIds = new Map(DEMO_PEOPLE.map((p) => [p.email, randomUUID()]));
    const idOf = (map: Map<string, string>, key: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`demo data refers to unknown key ${key}`);
      return id;
    };

    for (const o of DEMO_ORGANIZATIONS) {
      await insertOrganization(trx, {
        id: idOf(orgIds, o.key),
        kind: o.kind,
        name: o.name,
        short_name: o.shortName,
        created_at: at,
        updated_at: at,
      });
    }
    for (const u of parentsFirst(DEMO_UNITS)) {
      await insertUnit(trx, {
        id: idOf(unitIds, u.key),
        organization_id: idOf(orgIds, u.organizationKey),
        parent_id: u.parentKey ? idOf(unitIds, u.parentKey) : null,
        kind: u.kind,
        name: u.name,
        short_name: u.shortName,
        country_code: u.countryCode,
        city: u.city,
        search_text: unitSearchText(u.name, u.shortName, u.city),
        sort_key: foldText(u.name),
        created_at: at,
        updated_at: at,
      });
    }
    for (const [index, p] of DEMO_PEOPLE.entries()) {
      await seedPerson(trx, p, {
        userId: idOf(userIds, p.email),
        organizationId: idOf(orgIds, p.organizationKey),
        unitId: (key) => idOf(unitIds, key),
        passwordHash: hashes[index] ?? null,
        at,
      });
    }
    for (const c of DEMO_COMMUNITIES) {
      const communityId = randomUUID();
      await insertCommunity(trx, {
        id: communityId,
        name: c.name,
        description: c.description,
        kind: c.kind,
        unit_id: c.unitKey ? idOf(unitIds, c.unitKey) : null,
        access: c.access,
        created_by: null,
        created_at: at,
        updated_at: at,
      });
      await insertMemberships(
        trx,
        c.members.map((m) => ({
          community_id: communityId,
          user_id: idOf(userIds, m.email),
          role: m.role,
          origin: c.kind === "hierarchical" && m.role !== "guest" ? "assignment" : "direct",
          created_at: at,
        })),
      );
    }
    // habilitation
    for (const r of DEMO_ACCESS_REQUESTS) {
      await insertAccessRequest(trx, {
        id: randomUUID(),
        email: r.email,
        given_name: r.givenName,
        family_name: r.familyName,
        nationality: r.nationality,
        job_title: r.jobTitle,
        unit_id: idOf(unitIds, r.unitKey),
        reason: r.reason,
        state: "pending",
        decided_by: null,
        decided_at: null,
        decision_note: null,
        user_id: null,
        created_at: at,
      });
    }
    // records management: the filing plan exists before the first dispatch, which it files.
    await seedDemoFilingPlan(trx, (key) => idOf(unitIds, key), now);
    await emit(
      trx,
      { userId: null, ip: null },
      {
        type: "demo.seeded",
        details: {
          organizations: DEMO_ORGANIZATIONS.length,
          units: DEMO_UNITS.length,
          users: DEMO_PEOPLE.length,
          communities: DEMO_COMMUNITIES.length,
        },
      },
    );
  });
  const correspondence = await seedDemoCorrespondence(db, now);
  await seedDemoCommunities(
    db,
    now,
    dataDir === undefined ? undefined : new BlobStore(path.join(dataDir, "blobs")),
  );
  await seedDemoFeed(db, now);
  // partners and public diplomacy (issue 9)
  await seedDemoPartners(db, now);
  await seedDemoDisposalProposal(db, now);
  await readOlderNotifications(db, now.toISOString());
  return {
    organizations: DEMO_ORGANIZATIONS.length,
    units: DEMO_UNITS.length,
    users: DEMO_PEOPLE.length,
    communities: DEMO_COMMUNITIES.length,
    correspondences: correspondence.dispatched,
  };
}

async function seedPerson(
  trx: Transaction<DB>,
  p: (typeof DEMO_PEOPLE)[number],
  ids: {
    userId: string;
    organizationId: string;
    unitId: (key: string) => string;
    passwordHash: string | null;
    at: string;
  },
) {
  const { userId, at } = ids;
  await insertUser(trx, {
    id: userId,
    organization_id: ids.organizationId,
    email: p.email,
    given_name: p.givenName,
    family_name: p.familyName,
    display_name: `${p.givenName} ${p.familyName}`,
    job_title: p.jobTitle,
    nationality: p.nationality,
    status: "active",
    password_hash: ids.passwordHash,
    locale: "fr",
    charter_version: null,
    charter_accepted_at: null,
    search_text: personSearchText(p),
    sort_key: foldText(`${p.familyName} ${p.givenName}`),
    created_at: at,
    updated_at: at,
  });
  for (const a of p.assignments) {
    await insertAssignment(trx, {
      id: randomUUID(),
      user_id: userId,
      unit_id: ids.unitId(a.unitKey),
      function: a.function,
      is_principal: a.isPrincipal ? 1 : 0,
      starts_on: "2024-09-01",
      ends_on: null,
      created_at: at,
    });
  }
  if (p.clearance?.level === "DR") {
    await trx
      .insertInto("totp_credentials")
      .values({
        user_id: userId,
        secret: DEMO_TOTP_SECRET,
        confirmed_at: at,
        last_used_step: null,
        created_at: at,
      })
      .execute();
  }
  if (p.clearance) {
    await insertClearance(trx, {
      id: randomUUID(),
      user_id: userId,
      level: p.clearance.level,
      valid_from: p.clearance.validFrom,
      valid_until: p.clearance.validUntil,
      revoked_at: null,
      granted_by: null,
      created_at: at,
    });
  }
  for (const r of p.roles) {
    await insertRole(trx, {
      id: randomUUID(),
      user_id: userId,
      role: r.role,
      unit_id: r.unitKey ? ids.unitId(r.unitKey) : null,
      granted_at: at,
      granted_by: null,
    });
  }
}

/** How many of their latest notifications each demo persona finds unread. */
const DEMO_UNREAD_NOTIFICATIONS = 6;

/**
 * Seeding a few weeks of activity at once notifies everyone of all of it; a real user would
 * have read most. Each persona keeps only their latest notifications unread.
 */
async function readOlderNotifications(db: Kysely<DB>, at: string): Promise<void> {
  const rows = await db
    .selectFrom("notifications")
    .select(["id", "user_id"])
    .where("read_at", "is", null)
    .orderBy("seq", "desc")
    .execute();
  const kept = new Map<string, number>();
  const older: string[] = [];
  for (const row of rows) {
    const count = kept.get(row.user_id) ?? 0;
    if (count < DEMO_UNREAD_NOTIFICATIONS) kept.set(row.user_id, count + 1);
    else older.push(row.id);
  }
  for (let i = 0; i < older.length; i += 500) {
    await db
      .updateTable("notifications")
      .set({ read_at: at })
      .where("id", "in", older.slice(i, i + 500))
      .execute();
  }
}
