import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/*
 * Validates a SEDA 2.2 message against the official schemas beside the repository
 * (../shared/fixtures/seda), offline, with xmllint. Resolves with xmllint's verdict.
 */

const SEDA_DIR = path.resolve(import.meta.dirname, "../../../shared/fixtures/seda");

export async function validateSeda(xml: string): Promise<{ valid: boolean; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seda-"));
  const file = path.join(dir, "message.xml");
  fs.writeFileSync(file, xml);
  try {
    const { stderr } = await promisify(execFile)(
      "xmllint",
      ["--nonet", "--noout", "--schema", path.join(SEDA_DIR, "seda-2.2/seda-2.2-main.xsd"), file],
      { env: { ...process.env, XML_CATALOG_FILES: path.join(SEDA_DIR, "catalog.xml") } },
    );
    return { valid: /validates/.test(stderr), output: stderr };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { valid: false, output: e.stderr ?? e.message };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
