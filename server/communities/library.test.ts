import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommunityFile, CommunityFileList } from "../../shared/schemas/communities.js";
import type { CommunityAccess } from "../../shared/vocabulary.js";
import { makeCommunity, makeOrganization, makeUser, signIn } from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * The document library: folders, versions, the check-out lock, downloads and previews, who
 * reaches it in which community, and hostile files and names.
 */

const HOSTILE = new URL("../../../shared/fixtures/hostile/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, HOSTILE));
const MAX_BYTES = 2 * 1024 * 1024;
// A 1×1 transparent PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let t: TestApp;
type Who = "manager" | "member" | "colleague" | "outsider" | "guest" | "stranger";
const cookies = {} as Record<Who, string>;
const communities = {} as Record<CommunityAccess, string>;

beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: MAX_BYTES });
  const db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  const company = await makeOrganization(db, { kind: "company" });
  const ids = {} as Record<Who, string>;
  for (const who of ["manager", "member", "colleague", "outsider", "guest", "stranger"] as const) {
    const external = who === "guest" || who === "stranger";
    const user = await makeUser(db, { organizationId: external ? company : ministry });
    ids[who] = user.id;
    cookies[who] = await signIn(t.app, user.email);
  }
  for (const access of ["open", "on_request", "invitation", "secret"] as const) {
    communities[access] = await makeCommunity(db, {
      access,
      members: [
        { userId: ids.manager, role: "manager" },
        ids.member,
        ids.colleague,
        { userId: ids.guest, role: "guest" },
      ],
    });
  }
});
afterAll(() => t.close());

function multipart(filename: string, bytes: Buffer) {
  const boundary = "----diplomatie-library-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      "Content-Type: text/html\r\n\r\n",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const base = (access: CommunityAccess) => `/api/communities/${communities[access]}`;

const upload = (who: Who, access: CommunityAccess, name: string, bytes: Buffer, query = "") =>
  requestAs(t.app, cookies[who], {
    method: "POST",
    url: `${base(access)}/files${query}`,
    ...multipart(name, bytes),
  });

const call = (who: Who, method: "GET" | "POST", url: string, payload?: object) =>
  requestAs(t.app, cookies[who], { method, url, ...(payload ? { payload } : {}) });

function pdfOf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

const countRows = async (table: "community_files" | "community_file_versions") =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("folders and files", () => {
  it("a member creates a folder and uploads a file into it; the upload is journaled", async () => {
    const folder = await call("member", "POST", `${base("invitation")}/folders`, {
      name: "Comptes rendus",
    });
    expect(folder.statusCode).toBe(201);
    const folderId = folder.json().id;
    const duplicate = await call("member", "POST", `${base("invitation")}/folders`, {
      name: "Comptes rendus",
    });
    expect(duplicate.json().error.code).toBe("name_taken");

    const bytes = Buffer.from("Réunion du 3 mars : ordre du jour.\n");
    const uploaded = await upload(
      "member",
      "invitation",
      "cr-3-mars.txt",
      bytes,
      `?folderId=${folderId}`,
    );
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json<CommunityFile>();
    expect(file).toMatchObject({
      name: "cr-3-mars.txt",
      folderId,
      version: 1,
      size: bytes.length,
      contentType: "text/plain",
      lockedBy: null,
    });

    const root = (
      await call("colleague", "GET", `${base("invitation")}/files`)
    ).json<CommunityFileList>();
    expect(root.folders.map((f) => f.name)).toEqual(["Comptes rendus"]);
    const inside = (
      await call("colleague", "GET", `${base("invitation")}/files?folderId=${folderId}`)
    ).json<CommunityFileList>();
    expect(inside.folder?.name).toBe("Comptes rendus");
    expect(inside.items.map((f) => f.name)).toEqual(["cr-3-mars.txt"]);

    const journal = await t.database.db
      .selectFrom("journal")
      .select("details")
      .where("action", "=", "community.file_uploaded")
      .where("target_id", "=", file.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(journal.details)).toEqual({
      communityId: communities.invitation,
      name: "cr-3-mars.txt",
      version: 1,
    });
  });

  it("a new version needs the lock; only its holder uploads; managers break it", async () => {
    const first = await upload("member", "secret", "note.txt", Buffer.from("version 1"));
    const fileId = first.json<CommunityFile>().id;
    const unlocked = await upload("member", "secret", "note.txt", Buffer.from("version 2"));
    expect(unlocked.json().error.code).toBe("file_not_checked_out");

    const out = await call("member", "POST", `${base("secret")}/files/${fileId}/checkout`);
    expect(out.statusCode).toBe(200);
    expect(out.json<CommunityFile>().abilities).toMatchObject({
      uploadVersion: true,
      checkIn: true,
    });
    expect(
      (await call("colleague", "POST", `${base("secret")}/files/${fileId}/checkout`)).json().error
        .code,
    ).toBe("file_locked");
    const byOther = await upload("colleague", "secret", "note.txt", Buffer.from("intrus"));
    expect(byOther.json().error.code).toBe("file_locked");
    const byOtherId = await upload(
      "colleague",
      "secret",
      "x.txt",
      Buffer.from("intrus"),
      `?fileId=${fileId}`,
    );
    expect(byOtherId.json().error.code).toBe("file_locked");

    const second = await upload("member", "secret", "note.txt", Buffer.from("version 2"));
    expect(second.statusCode).toBe(201);
    expect(second.json<CommunityFile>()).toMatchObject({ id: fileId, version: 2 });
    const versions = (
      await call("colleague", "GET", `${base("secret")}/files/${fileId}/versions`)
    ).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const old = await call(
      "colleague",
      "GET",
      `${base("secret")}/files/${fileId}/download?version=1`,
    );
    expect(old.body).toBe("version 1");
    const current = await call("colleague", "GET", `${base("secret")}/files/${fileId}/download`);
    expect(current.body).toBe("version 2");

    const released = await call("colleague", "POST", `${base("secret")}/files/${fileId}/checkin`);
    expect(released.json().error.code).toBe("file_locked");
    const broken = await call("manager", "POST", `${base("secret")}/files/${fileId}/checkin`);
    expect(broken.statusCode).toBe(200);
    expect(broken.json<CommunityFile>().lockedBy).toBeNull();
    const again = await call("member", "POST", `${base("secret")}/files/${fileId}/checkin`);
    expect(again.json().error.code).toBe("file_not_checked_out");
  });
});

describe("downloads and previews", () => {
  it("downloads are attachments with the sniffed type, nosniff and a sandbox", async () => {
    for (const name of [
      "pdf-with-javascript.pdf",
      "svg-with-script.svg",
      "zip-bomb-1G.zip",
      "eicar.txt",
    ]) {
      const bytes = fixture(name);
      const uploaded = await upload("member", "open", name, bytes);
      expect(uploaded.statusCode, name).toBe(201);
      const served = await call(
        "outsider",
        "GET",
        `${base("open")}/files/${uploaded.json().id}/download`,
      );
      expect(served.statusCode).toBe(200);
      expect(served.rawPayload.equals(bytes)).toBe(true);
      expect(served.headers["content-type"]).not.toMatch(/html|svg|xml/);
      expect(served.headers["content-disposition"]).toMatch(/^attachment; /);
      expect(served.headers["x-content-type-options"]).toBe("nosniff");
      expect(served.headers["content-security-policy"]).toContain("sandbox");
      const preview = await call(
        "outsider",
        "GET",
        `${base("open")}/files/${uploaded.json().id}/preview`,
      );
      expect(preview.statusCode, name).toBe(200);
      const inline = await call(
        "outsider",
        "GET",
        `${base("open")}/files/${uploaded.json().id}/inline`,
      );
      expect(inline.statusCode, name).toBe(404);
    }
  });

  it("previews text as data, truncated at 64 KB", async () => {
    const long = Buffer.from(`<script>alert(1)</script>${"é".repeat(40_000)}`);
    const uploaded = await upload("member", "open", "long.txt", long);
    const preview = (
      await call("member", "GET", `${base("open")}/files/${uploaded.json().id}/preview`)
    ).json();
    expect(preview.kind).toBe("text");
    expect(preview.truncated).toBe(true);
    expect(preview.text.startsWith("<script>alert(1)</script>é")).toBe(true);
    expect(Buffer.byteLength(preview.text)).toBeLessThanOrEqual(64 * 1024);
  });

  it("previews the text of a PDF", async () => {
    const uploaded = await upload(
      "member",
      "open",
      "cr.pdf",
      await pdfOf("Compte rendu du réseau"),
    );
    expect(uploaded.json().contentType).toBe("application/pdf");
    const preview = (
      await call("member", "GET", `${base("open")}/files/${uploaded.json().id}/preview`)
    ).json();
    expect(preview).toEqual({ kind: "text", text: "Compte rendu du réseau", truncated: false });
  });

  it("shows raster images inline in a sandbox", async () => {
    const uploaded = await upload("member", "open", "pixel.png", PNG);
    const id = uploaded.json().id;
    expect((await call("member", "GET", `${base("open")}/files/${id}/preview`)).json()).toEqual({
      kind: "image",
    });
    const inline = await call("member", "GET", `${base("open")}/files/${id}/inline`);
    expect(inline.statusCode).toBe(200);
    expect(inline.headers["content-type"]).toBe("image/png");
    expect(inline.headers["content-disposition"]).toMatch(/^inline; /);
    expect(inline.headers["content-security-policy"]).toContain("sandbox");
    expect(inline.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("a file over the size limit is refused with 413 and nothing is written", async () => {
    const before = await countRows("community_files");
    const response = await upload("member", "open", "big.bin", Buffer.alloc(MAX_BYTES + 1024, 1));
    expect(response.statusCode).toBe(413);
    expect(await countRows("community_files")).toBe(before);
  });

  it("neutralises a file name that climbs out of its folder", async () => {
    const uploaded = await upload("member", "open", "../../etc/passwd", Buffer.from("root"));
    expect(uploaded.json().name).toBe("passwd");
  });
});

describe("who reaches the library", () => {
  it("non-members of a secret community and external strangers get 404 everywhere", async () => {
    const file = (await upload("member", "secret", "secret.txt", Buffer.from("chut"))).json();
    for (const who of ["outsider", "stranger"] as const) {
      const urls = [
        `${base("secret")}/files`,
        `${base("secret")}/files/${file.id}/download`,
        `${base("secret")}/files/${file.id}/preview`,
        `${base("secret")}/files/${file.id}/versions`,
      ];
      for (const url of urls) expect((await call(who, "GET", url)).statusCode, url).toBe(404);
      expect((await upload(who, "secret", "x.txt", Buffer.from("x"))).statusCode).toBe(404);
      expect(
        (await call(who, "POST", `${base("secret")}/folders`, { name: "Intrus" })).statusCode,
      ).toBe(404);
    }
  });

  it("an internal non-member reads an open library but writes in none; closed ones are 403", async () => {
    expect((await call("outsider", "GET", `${base("open")}/files`)).statusCode).toBe(200);
    expect((await upload("outsider", "open", "x.txt", Buffer.from("x"))).statusCode).toBe(403);
    expect((await call("outsider", "GET", `${base("on_request")}/files`)).statusCode).toBe(403);
  });

  it("guests do not reach the library of their community", async () => {
    expect((await call("guest", "GET", `${base("invitation")}/files`)).statusCode).toBe(403);
    expect((await upload("guest", "invitation", "x.txt", Buffer.from("x"))).statusCode).toBe(403);
  });
});

describe("hostile folder names", () => {
  it(
    "every naughty string as a folder name is stored exactly or refused as invalid input",
    async () => {
      const run = await throwNaughtyStrings(
        async (value) => {
          // The list holds a few equal strings; an equal name is a 409 (tested above), so clear it.
          await t.database.db
            .deleteFrom("community_folders")
            .where("community_id", "=", communities.on_request)
            .where("name", "=", value)
            .execute();
          return call("member", "POST", `${base("on_request")}/folders`, { name: value });
        },
        async (response) => {
          const listed = (
            await call("member", "GET", `${base("on_request")}/files`)
          ).json<CommunityFileList>();
          return listed.folders.find((f) => f.id === response.json().id)?.name;
        },
        async () =>
          Number(
            (
              await t.database.db
                .selectFrom("community_folders")
                .select((eb) => eb.fn.countAll().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          ),
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});
