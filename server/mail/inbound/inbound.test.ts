import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDocument } from "../../../shared/rich-text.js";
import { BlobStore } from "../../blobs/blob-store.js";
import { createPost } from "../../feed/post.service.js";
import { loadSubjects } from "../../notifications/readers.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../../testing/test-app.js";
import { postReplyAddress } from "../reply-address.js";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver.js";

const DOMAIN = "correspondance.diplomatie.fr";

let t: TestApp;
let receiver: SmtpReceiver;
const ids = {} as Record<"dae" | "dgm" | "washington" | "community" | "sender" | "headDae", string>;
const emails = {} as Record<"sender" | "agentDae", string>;
const cookies = {} as Record<"agentDae" | "headDae" | "headDgm" | "archivist" | "agentDgm", string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  ids.dae = await makeUnit(db, { organizationId: ministry, name: "DAE" });
  ids.dgm = await makeUnit(db, { organizationId: ministry, name: "DGM" });
  ids.washington = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    city: "Washington",
  });
  const sender = await makeUser(db, { organizationId: ministry, unitId: ids.washington });
  ids.sender = sender.id;
  emails.sender = sender.email;
  const agentDae = await makeUser(db, { organizationId: ministry, unitId: ids.dae });
  emails.agentDae = agentDae.email;
  const headDae = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.dae,
    roles: [{ role: "releaser", unitId: ids.dae }],
  });
  ids.headDae = headDae.id;
  const headDgm = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.dgm,
    roles: [{ role: "releaser", unitId: ids.dgm }],
  });
  const agentDgm = await makeUser(db, { organizationId: ministry, unitId: ids.dgm });
  const archivist = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.dgm,
    roles: [{ role: "archivist" }],
  });
  ids.community = await makeCommunity(db, {
    name: "Réseau Économie",
    members: [sender.id, agentDae.id],
  });
  cookies.agentDae = await signIn(t.app, agentDae.email);
  cookies.headDae = await signIn(t.app, headDae.email);
  cookies.headDgm = await signIn(t.app, headDgm.email);
  cookies.agentDgm = await signIn(t.app, agentDgm.email);
  cookies.archivist = await signIn(t.app, archivist.email);
  receiver = await startSmtpReceiver({
    db,
    store: new BlobStore(path.join(t.dataDir, "blobs")),
    mailDomain: DOMAIN,
    port: 0,
    host: "127.0.0.1",
    maxBytes: 1024 * 1024,
    perSenderPerMinute: 1000,
    tls: null,
    log: { info: () => {}, warn: () => {}, error: () => {} },
  });
  // Five sign-ins (argon2) and a fresh database: slow on a loaded machine.
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

function message(h: {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  id: string;
  inReplyTo?: string;
  extra?: string[];
  body?: string;
}): Buffer {
  return Buffer.from(
    [
      `From: ${h.from}`,
      `To: ${h.to}`,
      ...(h.cc ? [`Cc: ${h.cc}`] : []),
      `Subject: ${h.subject}`,
      `Message-ID: <${h.id}>`,
      ...(h.inReplyTo ? [`In-Reply-To: <${h.inReplyTo}>`, `References: <${h.inReplyTo}>`] : []),
      ...(h.extra ?? []),
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      h.body ?? "Bonjour,\n\nVoici le point demandé.\n\nCordialement.",
      "",
    ].join("\r\n"),
  );
}

async function send(raw: Buffer, to: string[], from = "relay@example.org") {
  const client = nodemailer.createTransport({
    host: "127.0.0.1",
    port: receiver.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    return await client.sendMail({ envelope: { from, to }, raw });
  } finally {
    client.close();
  }
}

const inbox = async (cookie: string, box: "action" | "info") => {
  const response = await requestAs(t.app, cookie, { method: "GET", url: `/api/inbox?box=${box}` });
  expect(response.statusCode).toBe(200);
  return response.json().items as { id: string; subject: string; kind: string; marking: string }[];
};

describe("functional addresses", () => {
  it("gives every unit and community an address, shown to whoever sees them", async () => {
    const unit = await requestAs(t.app, cookies.agentDae, {
      method: "GET",
      url: `/api/mail/address?unitId=${ids.washington}`,
    });
    expect(unit.json()).toEqual({ address: `washington@${DOMAIN}` });
    const community = await requestAs(t.app, cookies.agentDae, {
      method: "GET",
      url: `/api/mail/address?communityId=${ids.community}`,
    });
    expect(community.json()).toEqual({ address: `reseau-economie@${DOMAIN}` });
  });
});

describe("a message from a portal user", () => {
  it("is dispatched for action to the To units and for information to the Cc ones, with its thread", async () => {
    const first = await send(
      message({
        from: `Agent à Washington <${emails.sender}>`,
        to: `dae@${DOMAIN}`,
        cc: `dgm@${DOMAIN}`,
        subject: "=?ISO-8859-1?Q?Relev=E9_des_=E9changes?=",
        id: "fil-1@washington.example",
      }),
      [`dae@${DOMAIN}`, `dgm@${DOMAIN}`],
    );
    expect(first.response).toMatch(/^250 .*registered as WASHINGTON-\d{4}-\d{4}/);
    const action = await inbox(cookies.agentDae, "action");
    const received = action.find((c) => c.subject === "Relevé des échanges");
    expect(received).toMatchObject({ kind: "formal_email", marking: "NP" });
    const info = await inbox(cookies.agentDgm, "info");
    expect(info.map((c) => c.subject)).toContain("Relevé des échanges");

    const detail = await requestAs(t.app, cookies.agentDae, {
      method: "GET",
      url: `/api/correspondence/${received?.id}`,
    });
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.state).toBe("dispatched");
    expect(body.drafter.id).toBe(ids.sender);
    expect(body.content.paragraphs.map((p: { text: string }) => p.text)).toEqual([
      "Bonjour,",
      "Voici le point demandé.",
      "Cordialement.",
    ]);
    expect(body.attachments.map((a: { name: string }) => a.name)).toContain("message-original.eml");
    // Need to know: an agent of a unit it was not addressed to does not see it.
    const db = t.database.db;
    const ministry = await db.selectFrom("organizations").select("id").executeTakeFirstOrThrow();
    const elsewhere = await makeUnit(db, { organizationId: ministry.id, name: "DGRIS" });
    const stranger = await makeUser(db, { organizationId: ministry.id, unitId: elsewhere });
    const outsider = await requestAs(t.app, await signIn(t.app, stranger.email), {
      method: "GET",
      url: `/api/correspondence/${received?.id}`,
    });
    expect(outsider.statusCode).toBe(404);

    await send(
      message({
        from: emails.sender,
        to: `dae@${DOMAIN}`,
        subject: "[DR] Re: Relevé des échanges",
        id: "fil-2@washington.example",
        inReplyTo: "fil-1@washington.example",
      }),
      [`dae@${DOMAIN}`],
    );
    const reply = await t.database.db
      .selectFrom("correspondences")
      .select(["content", "marking", "subject"])
      .where("subject", "=", "Re: Relevé des échanges")
      .executeTakeFirstOrThrow();
    expect(reply.marking).toBe("DR");
    expect(JSON.parse(reply.content).references).toEqual([received?.id]);
    const journal = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("target_id", "=", received?.id ?? "")
      .execute();
    expect(journal.map((j) => j.action)).toContain("correspondence.dispatched");
  });

  it("takes a marking from the X-Diplomatie-Marking header and refuses classified ones", async () => {
    await send(
      message({
        from: emails.sender,
        to: `dae@${DOMAIN}`,
        subject: "Point de situation",
        id: "marquage@washington.example",
        extra: ["X-Diplomatie-Marking: Diffusion Restreinte"],
      }),
      [`dae@${DOMAIN}`],
    );
    const row = await t.database.db
      .selectFrom("correspondences")
      .select("marking")
      .where("subject", "=", "Point de situation")
      .executeTakeFirstOrThrow();
    expect(row.marking).toBe("DR");
    await expect(
      send(
        message({
          from: emails.sender,
          to: `dae@${DOMAIN}`,
          subject: "Secret",
          id: "classifie@washington.example",
          extra: ["X-Diplomatie-Marking: Secret Défense"],
        }),
        [`dae@${DOMAIN}`],
      ),
    ).rejects.toMatchObject({ responseCode: 554 });
    const stored = await t.database.db
      .selectFrom("inbound_messages")
      .select("id")
      .where("header_message_id", "=", "classifie@washington.example")
      .execute();
    expect(stored).toHaveLength(0);
  });
});

describe("the quarantine", () => {
  let heldId: string;
  let otherHeldId: string;

  beforeAll(async () => {
    await send(
      message({
        from: "Inconnu <inconnu@exemple.org>",
        to: `dae@${DOMAIN}`,
        subject: "Demande de rendez-vous",
        id: "inconnu-1@exemple.org",
      }),
      [`dae@${DOMAIN}`],
    );
    await send(
      message({
        from: "inconnu@exemple.org",
        to: `dae@${DOMAIN}`,
        subject: "Seconde demande",
        id: "inconnu-2@exemple.org",
      }),
      [`dae@${DOMAIN}`],
    );
    const rows = await t.database.db
      .selectFrom("inbound_messages")
      .select(["id", "header_message_id"])
      .where("status", "=", "quarantined")
      .execute();
    heldId = rows.find((r) => r.header_message_id === "inconnu-1@exemple.org")?.id ?? "";
    otherHeldId = rows.find((r) => r.header_message_id === "inconnu-2@exemple.org")?.id ?? "";
  });

  const list = async (cookie: string) => {
    const response = await requestAs(t.app, cookie, { method: "GET", url: "/api/mail/quarantine" });
    expect(response.statusCode).toBe(200);
    return response.json().items as { id: string; reason: string; subject: string }[];
  };

  it("holds unknown senders for the addressed unit's head and the archivists only", async () => {
    const forHead = await list(cookies.headDae);
    expect(forHead.find((i) => i.id === heldId)).toMatchObject({
      reason: "unknown_sender",
      subject: "Demande de rendez-vous",
    });
    expect((await list(cookies.archivist)).map((i) => i.id)).toContain(heldId);
    expect((await list(cookies.headDgm)).map((i) => i.id)).not.toContain(heldId);
    expect(await list(cookies.agentDae)).toEqual([]);
    const elsewhere = await requestAs(t.app, cookies.headDgm, {
      method: "POST",
      url: `/api/mail/quarantine/${heldId}/decision`,
      payload: { decision: "accept" },
    });
    expect(elsewhere.statusCode).toBe(404);
    const original = await requestAs(t.app, cookies.agentDae, {
      method: "GET",
      url: `/api/mail/quarantine/${heldId}/original`,
    });
    expect(original.statusCode).toBe(404);
  });

  it("accepts a held message into a dispatched correspondence registered by the unit", async () => {
    const accepted = await requestAs(t.app, cookies.headDae, {
      method: "POST",
      url: `/api/mail/quarantine/${heldId}/decision`,
      payload: { decision: "accept", comment: "Interlocuteur connu du service" },
    });
    expect(accepted.statusCode).toBe(200);
    const { correspondenceId, item } = accepted.json();
    expect(item).toMatchObject({ status: "accepted", decidedBy: { id: ids.headDae } });
    const row = await t.database.db
      .selectFrom("correspondences")
      .select(["reference", "state", "drafter_id"])
      .where("id", "=", correspondenceId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: "dispatched", drafter_id: ids.headDae });
    expect(row.reference).toMatch(/^DAE-/);
    expect((await inbox(cookies.agentDae, "action")).map((c) => c.id)).toContain(correspondenceId);
    const again = await requestAs(t.app, cookies.headDae, {
      method: "POST",
      url: `/api/mail/quarantine/${heldId}/decision`,
      payload: { decision: "reject", comment: "non" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("quarantine_decided");
  });

  it("rejects a held message only with a reason, and keeps it with who and why", async () => {
    const bare = await requestAs(t.app, cookies.headDae, {
      method: "POST",
      url: `/api/mail/quarantine/${otherHeldId}/decision`,
      payload: { decision: "reject" },
    });
    expect(bare.statusCode).toBe(400);
    const rejected = await requestAs(t.app, cookies.headDae, {
      method: "POST",
      url: `/api/mail/quarantine/${otherHeldId}/decision`,
      payload: { decision: "reject", comment: "Démarchage commercial" },
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().item).toMatchObject({
      status: "rejected",
      decisionComment: "Démarchage commercial",
      decidedBy: { id: ids.headDae },
    });
    const listed = await requestAs(t.app, cookies.headDae, {
      method: "GET",
      url: "/api/mail/quarantine?status=rejected",
    });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(otherHeldId);
  });
});

describe("import", () => {
  const upload = (cookie: string, name: string, content: Buffer) => {
    const boundary = "----diplomatie-test";
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/mail/import",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };

  it("imports an mbox archive once, and reports duplicates the second time", async () => {
    const mbox = Buffer.concat([
      Buffer.from("From sender Sat Nov 28 10:00:00 2026\n"),
      message({
        from: emails.sender,
        to: `dae@${DOMAIN}`,
        subject: "Archive 1",
        id: "archive-1@x",
      }),
      Buffer.from("\nFrom sender Sat Nov 28 11:00:00 2026\n"),
      message({
        from: "inconnu@exemple.org",
        to: `dae@${DOMAIN}`,
        subject: "Archive 2",
        id: "archive-2@x",
      }),
    ]);
    const first = await upload(cookies.archivist, "archive.mbox", mbox);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ imported: 1, quarantined: 1, duplicates: 0 });
    expect(first.json().lines[1]).toMatchObject({ position: 2, reason: "unknown_sender" });
    const second = await upload(cookies.archivist, "archive.mbox", mbox);
    expect(second.json()).toMatchObject({ imported: 0, quarantined: 0, duplicates: 2 });
  });

  it("is not offered to agents and unit heads", async () => {
    const refused = await upload(
      cookies.headDae,
      "x.eml",
      message({ from: "a@b.c", to: "d@e.f", subject: "x", id: "x@y" }),
    );
    expect(refused.statusCode).toBe(404);
  });
});

describe("replying to a notification by mail", () => {
  it("adds the reply as a comment by its recipient, quoted text removed, and refuses another sender", async () => {
    const db = t.database.db;
    const [author] = await loadSubjects(db, [ids.sender], new Date());
    if (!author) throw new Error("no author");
    const postId = await createPost(
      db,
      author,
      { userId: ids.sender, ip: null },
      {
        communityId: ids.community,
        body: plainDocument("Qui a des nouvelles du dossier ?"),
        tags: [],
        isQuestion: true,
        visibleToGuests: false,
      },
    );
    const agent = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", emails.agentDae)
      .executeTakeFirstOrThrow();
    const address = await postReplyAddress(db, postId, agent.id, DOMAIN);
    expect(address).toMatch(/^reply\+[0-9a-f]{48}@correspondance\.diplomatie\.fr$/);
    expect(await postReplyAddress(db, postId, agent.id, DOMAIN)).toBe(address);
    await expect(
      send(message({ from: emails.sender, to: address, subject: "Re", id: "r0@x", body: "Moi." }), [
        address,
      ]),
    ).rejects.toMatchObject({ responseCode: 550 });
    await send(
      message({
        from: emails.agentDae,
        to: address,
        subject: "Re: nouvelles",
        id: "r1@x",
        body: "Oui, la réunion a lieu jeudi.\n\nLe 28 nov. 2026, Agent a écrit :\n> Qui a des nouvelles du dossier ?",
      }),
      [address],
    );
    const comments = await db
      .selectFrom("comments")
      .select(["body_text", "author_id"])
      .where("post_id", "=", postId)
      .execute();
    expect(comments).toEqual([{ body_text: "Oui, la réunion a lieu jeudi.", author_id: agent.id }]);
  });
});

describe("the receiver's limits", () => {
  it("answers 552 above the size limit and 451 past the sender's rate, storing nothing", async () => {
    const limited = await startSmtpReceiver({
      db: t.database.db,
      store: new BlobStore(path.join(t.dataDir, "blobs")),
      mailDomain: DOMAIN,
      port: 0,
      host: "127.0.0.1",
      maxBytes: 4096,
      perSenderPerMinute: 2,
      tls: null,
      log: { info: () => {}, warn: () => {}, error: () => {} },
    });
    const client = nodemailer.createTransport({
      host: "127.0.0.1",
      port: limited.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const before = await t.database.db.selectFrom("inbound_messages").select("id").execute();
      const big = message({
        from: emails.sender,
        to: `dae@${DOMAIN}`,
        subject: "Trop gros",
        id: "gros@x",
        body: "x".repeat(10_000),
      });
      await expect(
        client.sendMail({
          envelope: { from: "flood@example.org", to: [`dae@${DOMAIN}`] },
          raw: big,
        }),
      ).rejects.toMatchObject({ responseCode: 552 });
      const small = (i: number) =>
        message({
          from: emails.sender,
          to: `dae@${DOMAIN}`,
          subject: `Flot ${i}`,
          id: `flot-${i}@x`,
        });
      await client.sendMail({
        envelope: { from: "flood@example.org", to: [`dae@${DOMAIN}`] },
        raw: small(1),
      });
      await expect(
        client.sendMail({
          envelope: { from: "flood@example.org", to: [`dae@${DOMAIN}`] },
          raw: small(2),
        }),
      ).rejects.toMatchObject({ responseCode: 451 });
      const after = await t.database.db.selectFrom("inbound_messages").select("id").execute();
      expect(after.length).toBe(before.length + 1);
    } finally {
      client.close();
      await limited.close();
    }
  });
});

describe("STARTTLS", () => {
  it("is offered when a key and certificate are configured, and carries the message", async () => {
    const key = path.join(t.dataDir, "smtp-key.pem");
    const cert = path.join(t.dataDir, "smtp-cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
      ],
      { stdio: "ignore" },
    );
    const secured = await startSmtpReceiver({
      db: t.database.db,
      store: new BlobStore(path.join(t.dataDir, "blobs")),
      mailDomain: DOMAIN,
      port: 0,
      host: "127.0.0.1",
      maxBytes: 1024 * 1024,
      perSenderPerMinute: 100,
      tls: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) },
      log: { info: () => {}, warn: () => {}, error: () => {} },
    });
    const client = nodemailer.createTransport({
      host: "127.0.0.1",
      port: secured.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
    });
    try {
      const info = await client.sendMail({
        envelope: { from: emails.sender, to: [`dae@${DOMAIN}`] },
        raw: message({
          from: emails.sender,
          to: `dae@${DOMAIN}`,
          subject: "Chiffré en transit",
          id: "tls@x",
        }),
      });
      expect(info.response).toMatch(/^250 .*registered as/);
    } finally {
      client.close();
      await secured.close();
    }
  });
});
