import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { LanguageCode } from "../../shared/vocabulary.js";
import { requestMembership } from "../communities/communities.service.js";
import type { DB } from "../db/schema.js";
import type { Actor } from "../events/events.js";
import { loadSignedInUser, updateMyProfile } from "../people/people.service.js";
import { DEMO_COMMUNITIES } from "./demo-data.js";

/*
 * The social side of the demo, through the use cases: pending requests to join the on-request
 * network, languages and expertise on the personas' profiles, and the history of who joined
 * which community over the past weeks (the seed writes memberships directly, without history).
 */

const HISTORY_DAYS = 42;

const PROFILES: readonly { email: string; languages: LanguageCode[]; expertise: string[] }[] = [
  {
    email: "agent.amerique@demo.diplomatie.fr",
    languages: ["fr", "en", "es", "pt"],
    expertise: ["Amérique latine", "Commerce international", "Mercosur"],
  },
  {
    email: "redacteur.washington@demo.diplomatie.fr",
    languages: ["fr", "en", "es"],
    expertise: ["Relations transatlantiques", "Sanctions", "Contrôle des exportations"],
  },
  {
    email: "chef.washington@demo.diplomatie.fr",
    languages: ["fr", "en", "de"],
    expertise: ["OTAN", "Politique américaine"],
  },
  {
    email: "cm.afrique@demo.diplomatie.fr",
    languages: ["fr", "en", "wo"],
    expertise: ["Afrique de l'Ouest", "Animation de réseaux", "Sahel"],
  },
  {
    email: "agent.berlin@demo.diplomatie.fr",
    languages: ["fr", "de", "en"],
    expertise: ["Union européenne", "Énergie", "Coopération franco-allemande"],
  },
  {
    email: "koffi.kouassi@demo.diplomatie.fr",
    languages: ["fr", "en"],
    expertise: ["Économie ivoirienne", "Cacao"],
  },
  {
    email: "grace.wanjiru@demo.diplomatie.fr",
    languages: ["en", "sw", "fr"],
    expertise: ["Afrique de l'Est", "Agriculture"],
  },
  {
    email: "stagiaire@demo.diplomatie.fr",
    languages: ["fr", "en", "it"],
    expertise: ["Droit international"],
  },
];

const REQUESTS: readonly { email: string; community: string; message: string }[] = [
  {
    email: "agent.berlin@demo.diplomatie.fr",
    community: "reseau-afrique-veille-economique",
    message:
      "Je suis les investissements allemands en Afrique de l'Ouest et souhaiterais partager mes notes avec le réseau.",
  },
  {
    email: "redacteur.washington@demo.diplomatie.fr",
    community: "reseau-afrique-veille-economique",
    message: "Les acteurs américains (DFC, Prosper Africa) sont très actifs : je peux contribuer.",
  },
];

async function userIdByEmail(db: Kysely<DB>, email: string) {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (!row) throw new Error(`demo-communities: unknown person ${email}`);
  return row.id;
}

async function communityIdByKey(db: Kysely<DB>, key: string) {
  const name = DEMO_COMMUNITIES.find((c) => c.key === key)?.name;
  const row = name
    ? await db.selectFrom("communities").select("id").where("name", "=", name).executeTakeFirst()
    : undefined;
  if (!row) throw new Error(`demo-communities: unknown community ${key}`);
  return row.id;
}

/** Acts as a demo person through a use case, as if they were signed in. */
async function asPerson(db: Kysely<DB>, email: string) {
  const userId = await userIdByEmail(db, email);
  const signedIn = await loadSignedInUser(db, userId);
  if (!signedIn) throw new Error(`demo-communities: ${email} cannot act`);
  const actor: Actor = { userId, ip: null };
  return { subject: signedIn.subject, actor };
}

/**
 * A "joined" line for every membership that has none, spread over the past weeks (the same
 * spread on every run: it follows the order of the memberships), so that the dashboard's
 * "members over time" has a history to draw.
 */
async function backfillHistory(db: Kysely<DB>, now: Date) {
  const memberships = await db
    .selectFrom("memberships")
    .leftJoin("membership_changes as c", (join) =>
      join
        .onRef("c.community_id", "=", "memberships.community_id")
        .onRef("c.user_id", "=", "memberships.user_id"),
    )
    .select(["memberships.community_id", "memberships.user_id"])
    .where("c.id", "is", null)
    .orderBy("memberships.community_id")
    .orderBy("memberships.user_id")
    .execute();
  const rows = memberships.map((m, index) => {
    const daysAgo = HISTORY_DAYS - ((index * 7) % HISTORY_DAYS);
    const at = new Date(now.getTime() - daysAgo * 86_400_000 + (index % 600) * 60_000);
    return {
      id: randomUUID(),
      community_id: m.community_id,
      user_id: m.user_id,
      change: "joined" as const,
      at: at.toISOString(),
    };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto("membership_changes")
        .values(rows.slice(i, i + 200))
        .execute();
    }
  });
  return rows.length;
}

/** Loads the social side of the demo; returns what it wrote. */
export async function seedDemoCommunities(db: Kysely<DB>, now: Date = new Date()) {
  const history = await backfillHistory(db, now);
  for (const p of PROFILES) {
    const { subject, actor } = await asPerson(db, p.email);
    await updateMyProfile(db, subject, actor, { languages: p.languages, expertise: p.expertise });
  }
  for (const r of REQUESTS) {
    const { subject, actor } = await asPerson(db, r.email);
    await requestMembership(db, subject, actor, await communityIdByKey(db, r.community), {
      message: r.message,
    });
  }
  return { history, profiles: PROFILES.length, requests: REQUESTS.length };
}
