import fs from "node:fs";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_STATUS } from "../../shared/error-codes.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { NAUGHTY_STRINGS, NAUGHTY_TIMEOUT_MS } from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Every file of the shared hostile fixtures (EICAR, zip bomb, zip with a symlink, PDF with
 * JavaScript, SVG with a script, the naughty strings) and every naughty string as a file name,
 * through every upload route of the API. Each upload is either refused with a 4xx and a stable
 * code and nothing written, or stored as it came (never unpacked, never opened) and served only
 * as a sandboxed, nosniff attachment under a neutralised name. Never a 500.
 */

const HOSTILE = new URL("../../../shared/fixtures/hostile/", import.meta.url);
const FIXTURES = fs
  .readdirSync(HOSTILE)
  .filter((name) => !name.endsWith("-LICENSE"))
  .sort();

let t: TestApp;
let cookie: string;
let archivistCookie: string;
let unitId: string;
let communityId: string;

/** A multipart/form-data body with one file part; the name goes RFC 5987-encoded (any string). */
function multipart(filename: string, bytes: Buffer) {
  const boundary = "----diplomatie-hostile-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(filename)}\r\n` +
      "Content-Type: text/html\r\n\r\n",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

interface UploadRoute {
  operationId: string;
  /** Uploads one file; answers the response and how to download what it stored. */
  upload(
    name: string,
    bytes: Buffer,
  ): Promise<{ response: LightMyRequestResponse; downloadUrl: (id: string) => string }>;
  /** How many stored records the route has written so far. */
  count(): Promise<number>;
}

let draftId: string;
const routes: UploadRoute[] = [
  {
    operationId: "uploadAttachment",
    upload: async (name, bytes) => ({
      response: await requestAs(t.app, cookie, {
        method: "POST",
        url: `/api/correspondence/${draftId}/attachments`,
        ...multipart(name, bytes),
      }),
      downloadUrl: (id) => `/api/correspondence/${draftId}/attachments/${id}`,
    }),
    count: async () =>
      (await t.database.db.selectFrom("attachments").select("id").execute()).length,
  },
  {
    operationId: "uploadCommunityFile",
    upload: async (name, bytes) => ({
      response: await requestAs(t.app, cookie, {
        method: "POST",
        url: `/api/communities/${communityId}/files`,
        ...multipart(name, bytes),
      }),
      downloadUrl: (id) => `/api/communities/${communityId}/files/${id}/download`,
    }),
    count: async () =>
      (await t.database.db.selectFrom("community_file_versions").select("file_id").execute())
        .length,
  },
];

beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: 2 * 1024 * 1024 });
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  unitId = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France en Allemagne",
    countryCode: "DE",
    city: "Berlin",
  });
  // The factory's telegram is DR: its drafter holds DR and signs in with two factors.
  const user = await makeUser(db, { organizationId: ministry, unitId, clearance: "DR" });
  cookie = await signIn(t.app, user.email);
  communityId = await makeCommunity(db, { members: [{ userId: user.id, role: "manager" }] });
  const archivist = await makeUser(db, {
    organizationId: ministry,
    unitId,
    roles: [{ role: "archivist", unitId: null }],
  });
  archivistCookie = await signIn(t.app, archivist.email);
  const draft = await requestAs(t.app, cookie, {
    method: "POST",
    url: "/api/correspondence",
    payload: { kind: "telegram", originUnitId: unitId, content: telegramContent() },
  });
  draftId = draft.json().id;
  if (draft.statusCode !== 201) throw new Error(`draft: ${draft.body}`);
});
afterAll(() => t.close(), 60_000);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not survive.
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\]/;

/** The answer is a clean refusal (nothing written) or an inert stored file; returns which. */
async function expectHandledCleanly(
  route: UploadRoute,
  name: string,
  bytes: Buffer,
): Promise<"stored" | "refused"> {
  const before = await route.count();
  const { response, downloadUrl } = await route.upload(name, bytes);
  const label = `${route.operationId} ${JSON.stringify(name).slice(0, 80)}`;
  expect(response.statusCode, label).toBeLessThan(500);
  if (response.statusCode >= 400) {
    const code: string = response.json().error.code;
    expect(Object.keys(ERROR_STATUS), label).toContain(code);
    expect(await route.count(), `${label} refused but written`).toBe(before);
    return "refused";
  }
  expect(response.statusCode, label).toBe(201);
  const stored = response.json();
  expect(stored.size, label).toBe(bytes.length);
  expect(stored.name, label).not.toMatch(UNSAFE_NAME);
  expect(stored.name.length, label).toBeGreaterThan(0);
  expect(stored.name.startsWith("."), label).toBe(false);
  expect(stored.contentType, label).not.toMatch(/html|svg|javascript|xml/);
  const served = await requestAs(t.app, cookie, { url: downloadUrl(stored.id) });
  expect(served.statusCode, label).toBe(200);
  expect(served.rawPayload.equals(bytes), `${label} not stored as it came`).toBe(true);
  expect(served.headers["content-disposition"], label).toMatch(/^attachment; filename="[^"\r\n]*"/);
  expect(served.headers["content-type"], label).not.toMatch(/html|svg|javascript|xml/);
  expect(served.headers["x-content-type-options"], label).toBe("nosniff");
  expect(served.headers["content-security-policy"], label).toContain("sandbox");
  return "stored";
}

describe("hostile uploads", () => {
  it("covers every upload route the API declares", async () => {
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json() as {
      paths: Record<
        string,
        Record<string, { operationId: string; responses: Record<string, unknown> }>
      >;
    };
    const uploads = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      // The OpenAPI document does not carry `consumes`; an upload route is one that may answer 413.
      .filter((op) => op.responses["413"] !== undefined)
      .map((op) => op.operationId)
      .sort();
    expect(uploads).toEqual([...routes.map((r) => r.operationId), "importMail"].sort());
  });

  for (const route of routes) {
    it.each(FIXTURES)(
      `${route.operationId}: %s is refused cleanly or stored inert`,
      async (fixture) => {
        const bytes = fs.readFileSync(new URL(fixture, HOSTILE));
        const outcome = await expectHandledCleanly(route, fixture, bytes);
        // Nothing here is refused by its content: the portal keeps files as they came, unopened.
        expect(outcome).toBe("stored");
      },
    );
  }

  it("never unpacks an archive: the zip bomb's blob is its own kilobytes, not a gigabyte", async () => {
    const blobs = fs.readdirSync(`${t.dataDir}/blobs`, { recursive: true, withFileTypes: true });
    const largest = Math.max(
      ...blobs.filter((e) => e.isFile()).map((e) => fs.statSync(`${e.parentPath}/${e.name}`).size),
    );
    expect(largest).toBeLessThanOrEqual(fs.statSync(new URL("zip-bomb-1G.zip", HOSTILE)).size);
  });

  it("never shows an SVG or a PDF inline from the library", async () => {
    for (const fixture of ["svg-with-script.svg", "pdf-with-javascript.pdf"]) {
      const library = routes.find((r) => r.operationId === "uploadCommunityFile");
      if (!library) throw new Error("no library route");
      const { response } = await library.upload(
        `inline-${fixture}`,
        fs.readFileSync(new URL(fixture, HOSTILE)),
      );
      const id = response.json().id;
      const inline = await requestAs(t.app, cookie, {
        url: `/api/communities/${communityId}/files/${id}/inline`,
      });
      expect(inline.statusCode).toBeGreaterThanOrEqual(400);
      expect(inline.statusCode).toBeLessThan(500);
      const preview = await requestAs(t.app, cookie, {
        url: `/api/communities/${communityId}/files/${id}/preview`,
      });
      expect(preview.json().kind).not.toBe("image");
    }
  });

  for (const route of routes) {
    it(
      `${route.operationId}: every naughty string as a file name is neutralised or refused`,
      async () => {
        let stored = 0;
        for (const [index, name] of NAUGHTY_STRINGS.entries()) {
          // Library files are versioned by name: a suffix keeps each upload a new file.
          const unique = route.operationId === "uploadCommunityFile" ? `${name}-${index}` : name;
          if (
            (await expectHandledCleanly(route, unique, Buffer.from(`file ${index}\n`))) === "stored"
          ) {
            stored += 1;
          }
        }
        expect(stored).toBeGreaterThan(0);
      },
      NAUGHTY_TIMEOUT_MS * 2,
    );
  }

  // The mail import reads what it is given as e-mail: it never stores a file to serve back, it
  // accounts for every upload in its report (imported, duplicate, quarantined whole, refused).
  it.each(FIXTURES)(
    "importMail: %s is accounted for and kept whole, or refused cleanly",
    async (fixture) => {
      const bytes = fs.readFileSync(new URL(fixture, HOSTILE));
      const db = t.database.db;
      const count = async () =>
        (await db.selectFrom("inbound_messages").select("id").execute()).length;
      const before = await count();
      const response = await requestAs(t.app, archivistCookie, {
        method: "POST",
        url: "/api/mail/import",
        ...multipart(fixture, bytes),
      });
      expect(response.statusCode, fixture).toBeLessThan(500);
      if (response.statusCode >= 400) {
        expect(Object.keys(ERROR_STATUS), fixture).toContain(response.json().error.code);
        expect(await count(), `${fixture} refused but written`).toBe(before);
        return;
      }
      const report = response.json();
      expect(
        report.imported + report.duplicates + report.quarantined + report.refused,
      ).toBeGreaterThan(0);
      if (report.quarantined === 1 && report.imported === 0 && !fixture.endsWith(".txt")) {
        const held = await db
          .selectFrom("inbound_messages")
          .select("eml_size")
          .orderBy("received_at", "desc")
          .executeTakeFirstOrThrow();
        expect(held.eml_size, `${fixture} not kept whole`).toBe(bytes.length);
      }
    },
  );
});
