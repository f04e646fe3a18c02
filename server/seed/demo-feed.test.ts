import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedPage } from "../../shared/schemas/feed.js";
import { listFeed } from "../feed/post.service.js";
import { loadSignedInUser } from "../people/people.service.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { seedDemo } from "./seed.js";

const PASSWORD = "Demo-Password-For-Tests-1!";
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, PASSWORD);
}, 180_000);
afterAll(() => t.close());

/** A persona's personal feed (through the service: demo personas have yet to accept the charter). */
const feedOf = async (email: string): Promise<FeedPage> => {
  const user = await t.database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const loaded = await loadSignedInUser(t.database.db, user.id, { mfa: true });
  if (!loaded) throw new Error(`${email} cannot sign in`);
  return listFeed(t.database.db, loaded.subject, { limit: 20 });
};

describe("the demo feed", () => {
  it("spreads posts, comments and reactions over four weeks, through the journaled use cases", async () => {
    const db = t.database.db;
    const posts = await db
      .selectFrom("posts")
      .select(["created_at", "is_question", "id"])
      .execute();
    expect(posts.length).toBeGreaterThanOrEqual(25);
    const days = posts.map((p) => (Date.now() - Date.parse(p.created_at)) / 86_400_000);
    expect(Math.max(...days)).toBeGreaterThan(25);
    expect(Math.min(...days)).toBeLessThan(2);
    const journaled = await db
      .selectFrom("journal")
      .select("action")
      .where("action", "in", ["post.created", "comment.created", "reaction.set", "follow.added"])
      .execute();
    expect(journaled.filter((j) => j.action === "post.created")).toHaveLength(posts.length);
    expect(journaled.filter((j) => j.action === "comment.created").length).toBeGreaterThan(15);
    expect(journaled.filter((j) => j.action === "follow.added").length).toBeGreaterThan(5);
    // Questions both answered and waiting for an answer, for the community dashboards.
    const commented = new Set(
      (await db.selectFrom("comments").select("post_id").execute()).map((c) => c.post_id),
    );
    const questions = posts.filter((p) => p.is_question === 1);
    expect(questions.some((q) => commented.has(q.id))).toBe(true);
    expect(questions.some((q) => !commented.has(q.id))).toBe(true);
  });

  it("shares dispatched telegrams into the communities they were addressed to", async () => {
    const shared = await t.database.db
      .selectFrom("posts")
      .innerJoin("correspondences", "correspondences.id", "posts.shared_correspondence_id")
      .select(["correspondences.state"])
      .execute();
    expect(shared.length).toBeGreaterThanOrEqual(1);
    expect(shared.every((s) => s.state === "dispatched")).toBe(true);
  });

  it("fills the personas' feeds; the partner sees only what was released to guests", async () => {
    expect((await feedOf("agent.amerique@demo.diplomatie.fr")).items.length).toBeGreaterThan(3);
    expect((await feedOf("cm.afrique@demo.diplomatie.fr")).items.length).toBeGreaterThan(3);
    const partner = await feedOf("partenaire@entreprise-demo.fr");
    expect(partner.items.length).toBeGreaterThan(0);
    expect(partner.items.every((p) => p.visibleToGuests)).toBe(true);
  });
});
