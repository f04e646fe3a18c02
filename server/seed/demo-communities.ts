import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import PDFDocument from "pdfkit";
import type { LanguageCode } from "../../shared/vocabulary.js";
import type { BlobStore } from "../blobs/blob-store.js";
import { requestMembership } from "../communities/communities.service.js";
import {
  checkInCommunityFile,
  checkOutCommunityFile,
  createCommunityFolder,
  uploadCommunityFile,
} from "../communities/library.service.js";
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
  const signedIn = await loadSignedInUser(db, userId, { mfa: true });
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

/** A small PDF with a title and paragraphs, as the demo's documents. */
function pdfOf(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(16).text(title).moveDown();
    for (const p of paragraphs) doc.fontSize(11).text(p).moveDown(0.5);
    doc.end();
  });
}

const MAX_DEMO_FILE = 10 * 1024 * 1024;

/** A library for two communities: folders, text and PDF files, one with two versions. */
async function seedLibraries(db: Kysely<DB>, store: BlobStore) {
  const manager = await asPerson(db, "cm.afrique@demo.diplomatie.fr");
  const network = await communityIdByKey(db, "reseau-afrique-veille-economique");
  const upload = (
    who: Awaited<ReturnType<typeof asPerson>>,
    communityId: string,
    name: string,
    bytes: Buffer,
    target: { folderId?: string; fileId?: string },
  ) =>
    uploadCommunityFile(
      db,
      store,
      who.subject,
      who.actor,
      communityId,
      target,
      { filename: name, stream: Readable.from([bytes]) },
      MAX_DEMO_FILE,
    );
  const notes = await createCommunityFolder(db, manager.subject, manager.actor, network, {
    name: "Notes de conjoncture",
    parentId: null,
  });
  const minutes = await createCommunityFolder(db, manager.subject, manager.actor, network, {
    name: "Comptes rendus",
    parentId: null,
  });
  const title = "Côte d'Ivoire — note de conjoncture";
  const first = await upload(
    manager,
    network,
    "note-conjoncture-cote-divoire.pdf",
    await pdfOf(title, [
      "Croissance attendue autour de 6,5 % portée par les investissements publics.",
      "Campagne cacaoyère en retrait ; hausse des prix au producteur.",
    ]),
    { folderId: notes.id },
  );
  await checkOutCommunityFile(db, manager.subject, manager.actor, network, first.id);
  await upload(
    manager,
    network,
    "note-conjoncture-cote-divoire.pdf",
    await pdfOf(`${title} (mise à jour)`, [
      "Croissance révisée à 6,2 % après la publication des comptes du premier semestre.",
      "Campagne cacaoyère en retrait ; hausse des prix au producteur.",
      "Point d'attention : financement des infrastructures portuaires d'Abidjan.",
    ]),
    { fileId: first.id },
  );
  await checkInCommunityFile(db, manager.subject, manager.actor, network, first.id);
  await upload(
    manager,
    network,
    "reunion-reseau-octobre.txt",
    Buffer.from(
      "Réunion du réseau — octobre\n\nPrésents : postes d'Abidjan, Dakar, Pretoria, Nairobi ; DG Trésor.\n\n" +
        "1. Tour d'horizon des conjonctures.\n2. Préparation du forum économique.\n3. Divers.\n",
    ),
    { folderId: minutes.id },
  );
  const member = await asPerson(db, "koffi.kouassi@demo.diplomatie.fr");
  const agenda = await upload(
    member,
    network,
    "ordre-du-jour-novembre.txt",
    Buffer.from("Ordre du jour — novembre\n\n1. Cacao : prix et volumes.\n2. Forum économique.\n"),
    { folderId: minutes.id },
  );
  // Left checked out: the demo shows a lock and a manager able to break it.
  await checkOutCommunityFile(db, member.subject, member.actor, network, agenda.id);
  return 4;
}

/** Loads the social side of the demo; returns what it wrote. */
export async function seedDemoCommunities(
  db: Kysely<DB>,
  now: Date = new Date(),
  store?: BlobStore,
) {
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
  const files = store ? await seedLibraries(db, store) : 0;
  return { history, profiles: PROFILES.length, requests: REQUESTS.length, files };
}
