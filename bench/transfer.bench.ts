/**
 * Transfer benchmark: the build rate of a transfer to the State archives, in records per second.
 * Generates N dispatched, filed records (bulk inserts; one in ten with an attachment in the blob
 * store), then times `createTransfer` (every due record) and the package — each record's
 * canonical JSON, its PDF rendering, its attachments, and the SEDA 2.2 manifest — streamed into
 * a ZIP that is counted and dropped. Up to 5,000 records the manifest is checked with xmllint.
 *
 *   npx tsx bench/transfer.bench.ts                         (2,000 records, SQLite)
 *   TRANSFER_BENCH_RECORDS=100000 npx tsx bench/transfer.bench.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/transfer.bench.ts
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PackageZip } from "../server/archives/package-zip.js";
import { createTransfer, prepareTransferPackage } from "../server/archives/transfer.service.js";
import { writeTransferPackage } from "../server/archives/transfer-package.js";
import { BlobStore } from "../server/blobs/blob-store.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { canonicalJson } from "../server/journal/journal.hash.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import { makeOrganization, makeUnit, makeUser } from "../server/testing/factories.js";
import { validateSeda } from "../server/testing/seda-validation.js";
import { openBenchDatabase } from "./bench-database.js";

const RECORDS = Number(process.env.TRANSFER_BENCH_RECORDS ?? 2000);
const INSERT_BATCH = 500;

const sha512 = (text: string | Buffer) => createHash("sha512").update(text).digest("hex");
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-blobs-"));
  const store = new BlobStore(blobDir);
  try {
    const db = database.db;
    await migrateToLatest(db);
    const organizationId = await makeOrganization(db, { name: "Ministère de l'Europe" });
    const unitId = await makeUnit(db, {
      organizationId,
      kind: "embassy",
      name: "Ambassade de France aux États-Unis",
      city: "Washington",
    });
    const drafter = await makeUser(db, { organizationId, unitId, clearance: "DR" });
    const archivist = await makeUser(db, {
      organizationId,
      unitId,
      clearance: "DR",
      roles: [{ role: "archivist" }],
    });
    const seriesId = randomUUID();
    const at = new Date().toISOString();
    await db
      .insertInto("record_series")
      .values({
        id: seriesId,
        parent_id: null,
        code: "2.1",
        title: "Télégrammes politiques",
        retention_months: 120,
        final_action: "keep",
        access_delay_years: 25,
        created_at: at,
        updated_at: at,
      })
      .execute();

    const generation = performance.now();
    for (let start = 0; start < RECORDS; start += INSERT_BATCH) {
      const size = Math.min(INSERT_BATCH, RECORDS - start);
      const rows = await Promise.all(
        Array.from({ length: size }, async (_, i) => {
          const n = start + i;
          const id = randomUUID();
          const reference = `WASHINGTON-2016-${String(n + 1).padStart(6, "0")}`;
          const dispatchedAt = new Date(Date.UTC(2016, 0, 1) + n * 60_000).toISOString();
          const content = {
            subject: `États-Unis — point de situation n° ${n + 1}`,
            summary:
              "L'administration prépare de nouveaux droits de douane.\nLes secteurs visés sont connus.",
            precedence: "routine",
            marking: "NP",
            tags: ["commerce", "douanes"],
            countryTags: ["US"],
            references: [],
            paragraphs: Array.from({ length: 6 }, (_, p) => ({
              marking: "NP",
              text: `Paragraphe ${p + 1}. Le département du Commerce a publié un avis ; nos interlocuteurs indiquent que la décision sera annoncée prochainement, après consultation des partenaires européens.`,
            })),
            addressees: [{ type: "unit", id: unitId, mode: "info" }],
            actionDeadline: null,
            note: null,
            email: null,
          };
          const attachments =
            n % 10 === 0
              ? [
                  await (async () => {
                    const bytes = Buffer.from(
                      `Annexe du télégramme ${reference}\n${"x".repeat(2000)}\n`,
                    );
                    const blob = await store.put(Readable.from([bytes]), 1_000_000);
                    return {
                      id: randomUUID(),
                      name: `annexe-${n + 1}.txt`,
                      size: blob.size,
                      contentType: "text/plain",
                      sha256: blob.sha256,
                      sha512: blob.sha512,
                    };
                  })(),
                ]
              : [];
          const frozen = canonicalJson({
            correspondence: {
              id,
              kind: "telegram",
              reference,
              marking: "NP",
              precedence: "routine",
              subject: content.subject,
              version: 1,
              originUnit: {
                id: unitId,
                kind: "embassy",
                name: "Ambassade de France aux États-Unis",
                shortName: "Washington",
                city: "Washington",
                countryCode: "US",
              },
              drafter: { id: drafter.id, displayName: "Agent Numéro 1" },
              createdAt: dispatchedAt,
              dispatchedAt,
            },
            content,
            circuit: [],
            attachments,
          });
          return { id, reference, dispatchedAt, content, frozen, attachments };
        }),
      );
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("correspondences")
          .values(
            rows.map((r) => ({
              id: r.id,
              kind: "telegram" as const,
              state: "dispatched" as const,
              origin_unit_id: unitId,
              drafter_id: drafter.id,
              subject: r.content.subject,
              precedence: "routine" as const,
              marking: "NP" as const,
              version: 1,
              content: JSON.stringify(r.content),
              reference: r.reference,
              created_at: r.dispatchedAt,
              updated_at: r.dispatchedAt,
              dispatched_at: r.dispatchedAt,
            })),
          )
          .execute();
        await trx
          .insertInto("records")
          .values(
            rows.map((r) => ({
              id: randomUUID(),
              correspondence_id: r.id,
              captured_at: r.dispatchedAt,
              canonical_json: r.frozen,
              sha512: sha512(r.frozen),
              series_id: seriesId,
              filed_by: "rule" as const,
              filing_rule_id: null,
              filed_at: r.dispatchedAt,
              retention_start_at: r.dispatchedAt,
              due_at: "2026-01-01T00:00:00.000Z",
              communicable_from: "2041-01-01",
              disposed_at: null,
              transferred_at: null,
            })),
          )
          .execute();
        const attachmentRows = rows.flatMap((r) =>
          r.attachments.map((a) => ({
            id: a.id,
            correspondence_id: r.id,
            name: a.name,
            size: a.size,
            content_type: a.contentType,
            sha256: a.sha256,
            sha512: a.sha512,
            uploaded_by: drafter.id,
            created_at: r.dispatchedAt,
          })),
        );
        if (attachmentRows.length > 0)
          await trx.insertInto("attachments").values(attachmentRows).execute();
      });
      process.stdout.write(`\r  generating ${Math.min(start + size, RECORDS)} / ${RECORDS}`);
    }
    console.log(
      `\n${RECORDS} records generated in ${seconds(performance.now() - generation)} s (${database.dialect})`,
    );

    const signedIn = await loadSignedInUser(db, archivist.id, { mfa: true });
    if (!signedIn) throw new Error("no archivist");
    const actor = { userId: archivist.id, ip: null };

    const creation = performance.now();
    const transfer = await createTransfer(db, signedIn.subject, actor, {});
    const createMs = performance.now() - creation;
    console.log(
      `createTransfer (every due record)       ${transfer.recordCount} records in ${seconds(createMs)} s   ${Math.round(transfer.recordCount / (createMs / 1000))} records/s`,
    );

    const building = performance.now();
    const input = await prepareTransferPackage(db, signedIn.subject, actor, transfer.id);
    const zip = new PackageZip();
    let bytes = 0;
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 200);
    const manifestCheck = RECORDS <= 5000;
    const kept: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (manifestCheck) kept.push(chunk);
        done();
      },
    });
    const [written] = await Promise.all([
      writeTransferPackage(db, store, input, zip),
      pipeline(zip.outputStream, sink),
    ]);
    clearInterval(sampler);
    const buildMs = performance.now() - building;
    console.log(
      `getTransferPackage (JSON + PDF + files + manifest, ZIP)   ${written.records} records in ${seconds(buildMs)} s   ${Math.round(written.records / (buildMs / 1000))} records/s   ${(bytes / 1_048_576).toFixed(1)} MB   peak RSS ${(peakRss / 1_048_576).toFixed(0)} MB`,
    );
    if (manifestCheck) {
      const { readZip } = await import("../server/testing/zip-reader.js");
      const manifest =
        (await readZip(Buffer.concat(kept))).get("manifest.xml")?.toString("utf8") ?? "";
      const validation = await validateSeda(manifest);
      console.log(
        `manifest ${(manifest.length / 1_048_576).toFixed(1)} MB: ${validation.valid ? "valid SEDA 2.2" : `INVALID\n${validation.output.slice(0, 2000)}`}`,
      );
    }
  } finally {
    fs.rmSync(blobDir, { recursive: true, force: true });
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
