import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { attachmentDisposition, safeFileName } from "./attachment.service.js";

const HOSTILE = new URL("../../../shared/fixtures/hostile/", import.meta.url);
const fixture = (name: string) => fs.readFileSync(new URL(name, HOSTILE));

let t: TestApp;
let embassyId: string;
const cookies = {} as Record<"drafter" | "trainee" | "other" | "signer", string>;
let otherId: string;
let signerId: string;

beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: 2 * 1024 * 1024 });
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  embassyId = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France en Allemagne",
    countryCode: "DE",
    city: "Berlin",
  });
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: embassyId,
    clearance: "DR",
  });
  const trainee = await makeUser(db, { organizationId: ministry, unitId: embassyId });
  const other = await makeUser(db, {
    organizationId: ministry,
    unitId: embassyId,
    clearance: "DR",
  });
  cookies.drafter = await signIn(t.app, drafter.email);
  cookies.trainee = await signIn(t.app, trainee.email);
  const signer = await makeUser(db, {
    organizationId: ministry,
    unitId: embassyId,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: embassyId }],
  });
  otherId = other.id;
  signerId = signer.id;
  cookies.other = await signIn(t.app, other.email);
  cookies.signer = await signIn(t.app, signer.email);
});
afterAll(() => t.close());

/** A multipart/form-data body with one file part, as a browser sends it. */
function multipart(filename: string, bytes: Buffer, declaredType = "application/octet-stream") {
  const boundary = "----diplomatie-test-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${declaredType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

async function draft(cookie = cookies.drafter) {
  const response = await requestAs(t.app, cookie, {
    method: "POST",
    url: "/api/correspondence",
    payload: { kind: "telegram", originUnitId: embassyId, content: telegramContent() },
  });
  return response.json().id as string;
}

const upload = (cookie: string, id: string, filename: string, bytes: Buffer, type?: string) =>
  requestAs(t.app, cookie, {
    method: "POST",
    url: `/api/correspondence/${id}/attachments`,
    ...multipart(filename, bytes, type),
  });

const download = (cookie: string, id: string, attachmentId: string) =>
  requestAs(t.app, cookie, { url: `/api/correspondence/${id}/attachments/${attachmentId}` });

const sha512 = (bytes: Buffer) => createHash("sha512").update(bytes).digest("hex");

describe("hostile attachments", () => {
  it.each([
    ["zip-bomb-1G.zip", "application/zip"],
    ["pdf-with-javascript.pdf", "application/pdf"],
    ["svg-with-script.svg", "application/octet-stream"],
    ["eicar.txt", "application/octet-stream"],
  ])("stores %s as it came, typed by its bytes, served only for download", async (name, type) => {
    const id = await draft();
    const bytes = fixture(name);
    const uploaded = await upload(cookies.drafter, id, name, bytes, "text/html");
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ name, size: bytes.length, contentType: type });
    expect(uploaded.json().sha512).toBe(sha512(bytes));

    const served = await download(cookies.drafter, id, uploaded.json().id);
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(bytes)).toBe(true);
    expect(served.headers["content-type"]).toBe(type);
    expect(served.headers["content-disposition"]).toMatch(/^attachment; /);
    expect(served.headers["x-content-type-options"]).toBe("nosniff");
    expect(served.headers["content-security-policy"]).toContain("sandbox");
  });

  it("believes the bytes, not an extension that lies", async () => {
    const id = await draft();
    const response = await upload(
      cookies.drafter,
      id,
      "photo.png",
      fixture("pdf-with-javascript.pdf"),
      "image/png",
    );
    expect(response.json().contentType).toBe("application/pdf");
  });

  it("neutralises names carrying paths or control characters", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("..\\..\\windows\\boot.ini")).toBe("boot.ini");
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName("rapport\u0000\u001b.pdf")).toBe("rapport.pdf");
    expect(safeFileName("/")).toBe("piece-jointe");
    expect(attachmentDisposition('note "finale" été.pdf')).toBe(
      `attachment; filename="note _finale_ e_te_.pdf"; filename*=UTF-8''note%20%22finale%22%20%C3%A9t%C3%A9.pdf`,
    );
  });

  it("refuses a file over the size limit with 413, and keeps nothing of it", async () => {
    const id = await draft();
    const response = await upload(cookies.drafter, id, "big.bin", Buffer.alloc(3 * 1024 * 1024, 7));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
    const rows = await t.database.db
      .selectFrom("attachments")
      .select("id")
      .where("correspondence_id", "=", id)
      .execute();
    expect(rows).toEqual([]);
  });

  it("refuses a request that is not multipart with 415", async () => {
    const id = await draft();
    const response = await requestAs(t.app, cookies.drafter, {
      method: "POST",
      url: `/api/correspondence/${id}/attachments`,
      payload: { file: "not a file" },
    });
    expect(response.statusCode).toBe(415);
  });
});

describe("who may touch attachments", () => {
  it("is 404 for whoever cannot read the correspondence, upload and download alike", async () => {
    const id = await draft();
    const uploaded = (
      await upload(cookies.drafter, id, "a.pdf", fixture("pdf-with-javascript.pdf"))
    ).json();
    for (const cookie of [cookies.trainee, cookies.other]) {
      expect((await download(cookie, id, uploaded.id)).statusCode).toBe(404);
      expect((await upload(cookie, id, "x.txt", Buffer.from("x"))).statusCode).toBe(404);
    }
    const elsewhere = await draft();
    expect((await download(cookies.drafter, elsewhere, uploaded.id)).statusCode).toBe(404);
  });

  it("journals each download of a DR correspondence's attachment", async () => {
    const id = await draft();
    const uploaded = (
      await upload(cookies.drafter, id, "a.zip", fixture("zip-bomb-1G.zip"))
    ).json();
    await download(cookies.drafter, id, uploaded.id);
    const reads = await t.database.db
      .selectFrom("journal")
      .select("target_type")
      .where("action", "=", "content.read")
      .where("target_id", "=", uploaded.id)
      .execute();
    expect(reads).toEqual([{ target_type: "attachment" }]);
  });

  it("lists attachments with the correspondence", async () => {
    const id = await draft();
    await upload(cookies.drafter, id, "annexe.pdf", fixture("pdf-with-javascript.pdf"));
    const detail = await requestAs(t.app, cookies.drafter, { url: `/api/correspondence/${id}` });
    expect(detail.json().attachments.map((a: { name: string }) => a.name)).toEqual(["annexe.pdf"]);
  });
});

describe("at dispatch", () => {
  it("freezes the attachments' SHA-512 in the record and refuses new ones", async () => {
    const response = await requestAs(t.app, cookies.drafter, {
      method: "POST",
      url: "/api/correspondence",
      payload: {
        kind: "telegram",
        originUnitId: embassyId,
        content: telegramContent({ addressees: [{ type: "user", id: otherId, mode: "info" }] }),
      },
    });
    const id = response.json().id as string;
    const bytes = fixture("pdf-with-javascript.pdf");
    await upload(cookies.drafter, id, "annexe.pdf", bytes);
    const submitted = await requestAs(t.app, cookies.drafter, {
      method: "POST",
      url: `/api/correspondence/${id}/submit`,
      payload: { visas: [], signerId },
    });
    expect(submitted.statusCode).toBe(200);
    const signed = await requestAs(t.app, cookies.signer, {
      method: "POST",
      url: `/api/correspondence/${id}/sign`,
      payload: { confirmExclusions: false },
    });
    expect(signed.statusCode).toBe(200);
    const record = await t.database.db
      .selectFrom("records")
      .select("canonical_json")
      .where("correspondence_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(record.canonical_json).attachments).toEqual([
      expect.objectContaining({ name: "annexe.pdf", size: bytes.length, sha512: sha512(bytes) }),
    ]);
    expect((await upload(cookies.drafter, id, "late.txt", Buffer.from("late"))).statusCode).toBe(
      403,
    );
    // The info addressee reads the attachment once the telegram is dispatched.
    const attachmentId = signed.json().attachments[0].id as string;
    expect((await download(cookies.other, id, attachmentId)).statusCode).toBe(200);
    expect((await download(cookies.trainee, id, attachmentId)).statusCode).toBe(404);
  });
});

describe("the blob store", () => {
  it("names a blob after its SHA-256 and stores identical files once", async () => {
    const bytes = fixture("eicar.txt");
    const first = await draft();
    const second = await draft();
    await upload(cookies.drafter, first, "a.txt", bytes);
    await upload(cookies.drafter, second, "b.txt", bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const rows = await t.database.db
      .selectFrom("attachments")
      .select("sha256")
      .where("correspondence_id", "in", [first, second])
      .execute();
    expect(rows.map((r) => r.sha256)).toEqual([sha256, sha256]);
    const blob = path.join(t.dataDir, "blobs", sha256.slice(0, 2), sha256);
    expect(fs.readFileSync(blob).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(t.dataDir, "blobs", sha256.slice(0, 2)))).toEqual([sha256]);
    // The refused oversized upload left nothing behind in the temporary folder either.
    expect(fs.readdirSync(path.join(t.dataDir, "blobs", "tmp"))).toEqual([]);
  });
});
