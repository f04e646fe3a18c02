import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { readableCorrespondence } from "../correspondence/correspondence.policy.js";
import type { DB } from "../db/schema.js";
import { releaseCorrespondence } from "../partners/release.service.js";
import { loadSignedInUser } from "../people/people.service.js";
import { publishCorrespondence } from "../publication/publication.service.js";

/*
 * Demo partners (issue 9): the two demo companies become partner organisations (Entreprise
 * Démo in aeronautics, interested in the United States; Horizon Démo in energy), the head of
 * post in Washington is Entreprise Démo's named contact, the Americas agent manages partners and
 * communicates to the public, and a few NP telegrams from Washington are released — one of them
 * published. Written through the services, so each step is journaled like a real one.
 */

const SYSTEM = { userId: null, ip: null };

async function userIdOf(db: Kysely<DB>, email: string) {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (!row) throw new Error(`demo user ${email} missing`);
  return row.id;
}

async function organizationIdOf(db: Kysely<DB>, name: string) {
  return (
    await db
      .selectFrom("organizations")
      .select("id")
      .where("name", "=", name)
      .executeTakeFirstOrThrow()
  ).id;
}

/** Loads the demo partners, releases and publication (after the demo correspondence). */
export async function seedDemoPartners(db: Kysely<DB>, now: Date) {
  const at = now.toISOString();
  const chief = await userIdOf(db, "chef.washington@demo.diplomatie.fr");
  const americas = await userIdOf(db, "agent.amerique@demo.diplomatie.fr");
  const entreprise = await organizationIdOf(db, "Entreprise Démo Industries");
  const horizon = await organizationIdOf(db, "Horizon Ingénierie Démo");
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("partner_organizations")
      .values([
        {
          organization_id: entreprise,
          partner_kind: "company",
          invited_by: americas,
          created_at: at,
        },
        { organization_id: horizon, partner_kind: "company", invited_by: americas, created_at: at },
      ])
      .execute();
    await trx
      .insertInto("partner_sectors")
      .values([
        { organization_id: entreprise, sector: "aeronautics" },
        { organization_id: horizon, sector: "energy" },
      ])
      .execute();
    await trx
      .insertInto("partner_countries")
      .values([
        { organization_id: entreprise, country_code: "US" },
        { organization_id: horizon, country_code: "DE" },
      ])
      .execute();
    await trx
      .insertInto("partner_contacts")
      .values({ organization_id: entreprise, user_id: chief })
      .execute();
    await trx
      .insertInto("user_roles")
      .values(
        (["partner_manager", "communicator"] as const).map((role) => ({
          id: randomUUID(),
          user_id: americas,
          role,
          unit_id: null,
          granted_at: at,
          granted_by: null,
        })),
      )
      .execute();
  });

  const releaser = await loadSignedInUser(db, chief, { mfa: true });
  const communicator = await loadSignedInUser(db, americas, { mfa: true });
  if (!releaser || !communicator) throw new Error("demo releaser or communicator missing");
  // NP telegrams of Washington that the communicator reads too, newest first.
  const washington = await db
    .selectFrom("correspondences")
    .select(["id", "content"])
    .where("origin_unit_id", "in", releaser.subject.unitIds)
    .where("kind", "=", "telegram")
    .where("state", "=", "dispatched")
    .where("marking", "=", "NP")
    .where(readableCorrespondence(communicator.subject))
    .orderBy("dispatched_at", "desc")
    .limit(3)
    .execute();
  const [toSector, toAll, toHorizon] = washington;
  if (toSector) {
    await releaseCorrespondence(db, releaser.subject, SYSTEM, toSector.id, {
      audience: "targeted",
      sectors: ["aeronautics"],
      countries: [],
      organisationIds: [],
      embargoUntil: null,
    });
    await publishCorrespondence(db, communicator.subject, SYSTEM, toSector.id, undefined);
  }
  if (toAll) {
    await releaseCorrespondence(db, releaser.subject, SYSTEM, toAll.id, {
      audience: "all",
      sectors: [],
      countries: [],
      organisationIds: [],
      embargoUntil: null,
    });
  }
  if (toHorizon) {
    await releaseCorrespondence(db, releaser.subject, SYSTEM, toHorizon.id, {
      audience: "targeted",
      sectors: [],
      countries: [],
      organisationIds: [horizon],
      embargoUntil: null,
    });
  }
  return { releases: washington.length, publications: toSector ? 1 : 0 };
}
