import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INBOX_BOXES } from "../../shared/schemas/correspondence.js";
import {
  getCorrespondence,
  listCorrespondenceInbox,
} from "../correspondence/correspondence.service.js";
import { verifyJournal } from "../journal/journal.service.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.js";
import { seedDemo } from "./seed.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, "Demo-Password-For-Tests-1!");
}, 120_000);
afterAll(() => database.destroy());

async function subjectOf(email: string): Promise<Subject> {
  const user = await database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const loaded = await loadSignedInUser(database.db, user.id, { mfa: true });
  if (!loaded) throw new Error(`${email} is not active`);
  return loaded.subject;
}

/** Every item of one box, following the cursor to the end. */
async function wholeBox(subject: Subject, box: (typeof INBOX_BOXES)[number]) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await listCorrespondenceInbox(database.db, subject, { box, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const correspondences = () => database.db.selectFrom("correspondences");

describe("the demo correspondence", () => {
  it("holds a few hundred dispatched documents of every kind, precedence and marking", async () => {
    const rows = await correspondences()
      .select(["kind", "precedence", "marking"])
      .where("state", "=", "dispatched")
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["telegram", "note", "formal_email"]));
    expect(new Set(rows.map((r) => r.precedence))).toEqual(
      new Set(["flash", "immediate", "priority", "routine"]),
    );
    expect(new Set(rows.map((r) => r.marking))).toEqual(new Set(["NP", "DR", "DR-SF"]));
    expect(rows.filter((r) => r.precedence === "flash").length).toBeLessThan(rows.length / 20);
  });

  it("has threads: answers that REF what they answer, some answered back", async () => {
    const answered = await database.db
      .selectFrom("distributions")
      .select(["answer_id"])
      .where("answer_id", "is not", null)
      .execute();
    expect(answered.length).toBeGreaterThanOrEqual(30);
    const answers = await correspondences()
      .select(["subject", "state"])
      .where("subject", "like", "RE: %")
      .execute();
    expect(answers.length).toBeGreaterThanOrEqual(30);
    expect(answers.every((a) => a.state === "dispatched")).toBe(true);
    // An answer to an answer: its distribution points at a correspondence that is itself an answer.
    const second = await database.db
      .selectFrom("distributions as d")
      .innerJoin("correspondences as c", "c.id", "d.correspondence_id")
      .select("d.id")
      .where("d.answer_id", "is not", null)
      .where("c.subject", "like", "RE: %")
      .execute();
    expect(second.length).toBeGreaterThan(0);
  });

  it("numbers each unit's documents in the order they were dispatched", async () => {
    const rows = await correspondences()
      .select(["reference", "dispatched_at"])
      .where("reference", "like", "WASHINGTON-%")
      .orderBy("dispatched_at")
      .execute();
    const references = rows.map((r) => r.reference ?? "");
    expect(references.length).toBeGreaterThan(50);
    expect([...references].sort()).toEqual(references);
  });

  it("gives agent.amerique items for action and agent.berlin items for information", async () => {
    const amerique = await subjectOf("agent.amerique@demo.diplomatie.fr");
    const berlin = await subjectOf("agent.berlin@demo.diplomatie.fr");
    expect((await wholeBox(amerique, "action")).length).toBeGreaterThanOrEqual(10);
    expect((await wholeBox(berlin, "info")).length).toBeGreaterThanOrEqual(10);
  });

  it("gives the Washington drafter drafts, sent items and answers to handle", async () => {
    const drafter = await subjectOf("redacteur.washington@demo.diplomatie.fr");
    const drafts = await wholeBox(drafter, "drafts");
    expect(drafts.some((d) => d.state === "draft")).toBe(true);
    expect(drafts.some((d) => d.state === "in_circuit")).toBe(true);
    expect((await wholeBox(drafter, "sent")).length).toBeGreaterThanOrEqual(50);
    expect((await wholeBox(drafter, "action")).length).toBeGreaterThan(0);
  });

  it("shows the trainee without clearance only NP documents, in every box", async () => {
    const trainee = await subjectOf("stagiaire@demo.diplomatie.fr");
    const seen = [];
    for (const box of INBOX_BOXES) seen.push(...(await wholeBox(trainee, box)));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((item) => item.marking === "NP")).toBe(true);
    const dr = await correspondences()
      .select("id")
      .where("marking", "=", "DR")
      .where("state", "=", "dispatched")
      .limit(1)
      .executeTakeFirstOrThrow();
    await expect(
      getCorrespondence(database.db, trainee, { userId: trainee.userId, ip: null }, dr.id),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("leaves the journal chain intact", async () => {
    expect((await verifyJournal(database.db)).ok).toBe(true);
  });
});
