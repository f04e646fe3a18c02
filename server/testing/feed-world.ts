import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Kysely } from "kysely";
import type { RichDocument } from "../../shared/schemas/feed.js";
import type { DB } from "../db/schema.js";
import { makeCommunity, makeOrganization, makeUnit, makeUser, signIn } from "./factories.js";
import { requestAs } from "./test-app.js";

/*
 * A small world for feed tests: a ministry and a partner company; an open community (with an
 * external guest), a secret one and an on-request one; and people in every standing.
 */

export type Who =
  | "manager"
  | "member"
  | "trainee"
  | "guest"
  | "outsider"
  | "external"
  | "secretMember";

export interface FeedWorld {
  ministryId: string;
  companyId: string;
  parisId: string;
  washingtonId: string;
  open: string;
  secret: string;
  onRequest: string;
  users: Record<Who, { id: string; cookie: string; name: string }>;
}

export async function makeFeedWorld(app: FastifyInstance, db: Kysely<DB>): Promise<FeedWorld> {
  const ministryId = await makeOrganization(db, { kind: "ministry" });
  const companyId = await makeOrganization(db, { kind: "company", name: "Industries Demo" });
  const parisId = await makeUnit(db, { organizationId: ministryId, name: "Direction Afrique" });
  const washingtonId = await makeUnit(db, {
    organizationId: ministryId,
    kind: "embassy",
    name: "Ambassade aux États-Unis",
    city: "Washington",
    countryCode: "US",
  });
  const users = {} as FeedWorld["users"];
  const people: [Who, string, string, boolean, string | undefined][] = [
    ["manager", "Claire", "Gestionnaire", true, parisId],
    ["member", "Marc", "Membre", true, parisId],
    ["trainee", "Théo", "Stagiaire", false, parisId],
    ["outsider", "Olga", "Extérieure", true, washingtonId],
    ["secretMember", "Sacha", "Secret", true, washingtonId],
  ];
  for (const [who, givenName, familyName, dr, unitId] of people) {
    const u = await makeUser(db, {
      organizationId: ministryId,
      unitId,
      givenName,
      familyName,
      clearance: dr ? "DR" : undefined,
    });
    users[who] = {
      id: u.id,
      cookie: await signIn(app, u.email),
      name: `${givenName} ${familyName}`,
    };
  }
  for (const [who, givenName] of [
    ["guest", "Gaston"],
    ["external", "Xavier"],
  ] as const) {
    const u = await makeUser(db, {
      organizationId: companyId,
      givenName,
      familyName: "Partenaire",
    });
    users[who] = { id: u.id, cookie: await signIn(app, u.email), name: `${givenName} Partenaire` };
  }
  const open = await makeCommunity(db, {
    name: "Réseau Sahel",
    access: "open",
    members: [
      { userId: users.manager.id, role: "manager" },
      users.member.id,
      users.trainee.id,
      { userId: users.guest.id, role: "guest" },
    ],
  });
  const secret = await makeCommunity(db, {
    name: "Cellule de crise Ormuz",
    access: "secret",
    members: [
      { userId: users.manager.id, role: "manager" },
      users.secretMember.id,
      users.member.id,
    ],
  });
  const onRequest = await makeCommunity(db, {
    name: "Commerce transatlantique",
    access: "on_request",
    members: [{ userId: users.manager.id, role: "manager" }],
  });
  return { ministryId, companyId, parisId, washingtonId, open, secret, onRequest, users };
}

/** A one-paragraph document. */
export const text = (value: string): RichDocument => ({
  blocks: [{ type: "paragraph", content: [{ type: "text", text: value }] }],
});

export function feedApi(app: FastifyInstance, world: FeedWorld) {
  const as = (who: Who) => world.users[who].cookie;
  return {
    post: (
      who: Who,
      communityId: string,
      body: RichDocument | string,
      extra: Record<string, unknown> = {},
    ): Promise<LightMyRequestResponse> =>
      requestAs(app, as(who), {
        method: "POST",
        url: "/api/feed/posts",
        payload: {
          communityId,
          body: typeof body === "string" ? text(body) : body,
          ...extra,
        },
      }),
    feed: (who: Who, query = "") =>
      requestAs(app, as(who), { url: `/api/feed${query ? `?${query}` : ""}` }),
    getPost: (who: Who, id: string) => requestAs(app, as(who), { url: `/api/feed/posts/${id}` }),
    comment: (who: Who, postId: string, body: string, parentId: string | null = null) =>
      requestAs(app, as(who), {
        method: "POST",
        url: `/api/feed/posts/${postId}/comments`,
        payload: { body: text(body), parentId },
      }),
    comments: (who: Who, postId: string, query = "") =>
      requestAs(app, as(who), {
        url: `/api/feed/posts/${postId}/comments${query ? `?${query}` : ""}`,
      }),
    react: (who: Who, payload: Record<string, unknown>) =>
      requestAs(app, as(who), { method: "POST", url: "/api/feed/reactions", payload }),
    share: (who: Who, payload: Record<string, unknown>) =>
      requestAs(app, as(who), { method: "POST", url: "/api/feed/shares", payload }),
    follow: (who: Who, targetType: string, targetKey: string) =>
      requestAs(app, as(who), {
        method: "POST",
        url: "/api/feed/follows",
        payload: { targetType, targetKey },
      }),
    unfollow: (who: Who, targetType: string, targetKey: string) =>
      requestAs(app, as(who), {
        method: "DELETE",
        url: `/api/feed/follows?targetType=${targetType}&targetKey=${encodeURIComponent(targetKey)}`,
      }),
    as: (who: Who, options: Parameters<typeof requestAs>[2]) => requestAs(app, as(who), options),
  };
}

/** The journal entries of one action, oldest first. */
export async function journaled(db: Kysely<DB>, action: string) {
  const rows = await db
    .selectFrom("journal")
    .select(["target_id", "details", "actor_id"])
    .where("action", "=", action)
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}
