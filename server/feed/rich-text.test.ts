import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedWorld, feedApi, makeFeedWorld, text } from "../testing/feed-world.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let w: FeedWorld;
let api: ReturnType<typeof feedApi>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeFeedWorld(t.app, t.database.db);
  api = feedApi(t.app, w);
});
afterAll(() => t.close());

const countPosts = async () =>
  (await t.database.db.selectFrom("posts").select("id").execute()).length;

describe("hostile rich text", () => {
  it(
    "every naughty string is stored as inert text and read back unchanged, or refused with nothing written",
    async () => {
      const run = await throwNaughtyStrings(
        (value) => api.post("member", w.open, text(value)),
        async (response) => {
          const read = await api.getPost("member", response.json().id);
          return read.json().body.blocks[0].content[0].text;
        },
        countPosts,
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );

  it("script and markup stay text; unsafe links are refused", async () => {
    const xss = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">clic</a>',
      "<svg/onload=alert(1)>",
    ];
    for (const payload of xss) {
      const response = await api.post("member", w.open, text(payload));
      expect(response.statusCode).toBe(201);
      expect(response.json().body).toEqual(text(payload));
    }
    const link = (href: string) =>
      api.post("member", w.open, {
        blocks: [{ type: "paragraph", content: [{ type: "link", href, text: "voir" }] }],
      });
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//evil.example/x",
      "/relative",
    ]) {
      const response = await link(href);
      expect(response.statusCode, href).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
    for (const href of ["https://www.diplomatie.gouv.fr/", "mailto:cabinet@diplomatie.gouv.fr"]) {
      expect((await link(href)).statusCode, href).toBe(201);
    }
  });

  it("refuses raw HTML fields, unknown node types, empty or oversized documents", async () => {
    const bad = [
      { blocks: [{ type: "html", html: "<b>x</b>" }] },
      { blocks: [{ type: "paragraph", content: [{ type: "text", text: "x", html: "<b>" }] }] },
      { blocks: [] },
      text("   "),
      text("x".repeat(5001)),
      { blocks: [{ type: "paragraph", content: [{ type: "text", text: "x", bold: "yes" }] }] },
      "<p>du HTML brut</p>",
    ];
    for (const body of bad) {
      const response = await api.as("member", {
        method: "POST",
        url: "/api/feed/posts",
        payload: { communityId: w.open, body },
      });
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
  });

  it("the raw fixture file goes through as one paragraph or is refused, never a 500", async () => {
    const blns = readFileSync(
      new URL("../../../shared/fixtures/hostile/blns.txt", import.meta.url),
      "utf8",
    );
    const lines = blns.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    const response = await api.post("member", w.open, text(lines.slice(0, 60).join("\n")));
    expect([201, 400]).toContain(response.statusCode);
  });
});
