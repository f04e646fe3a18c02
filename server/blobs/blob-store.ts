import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../errors.js";

/*
 * Content-addressed blob store under DATA_DIR/blobs: a file is named after its SHA-256 and
 * written once; its SHA-512 is computed on the way in for fixity. Writes go to a temporary file
 * first and are renamed into place, so a blob is either whole or absent.
 */

export interface StoredBlob {
  sha256: string;
  sha512: string;
  size: number;
  /** The first bytes, for content sniffing. */
  head: Buffer;
}

const HEAD_BYTES = 4100;

export class BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a SHA-256");
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Streams bytes into the store; more than `maxBytes` answers 413 and stores nothing. */
  async put(source: Readable, maxBytes: number): Promise<StoredBlob> {
    await fs.promises.mkdir(path.join(this.root, "tmp"), { recursive: true });
    const temporary = path.join(this.root, "tmp", randomUUID());
    const sha256 = createHash("sha256");
    const sha512 = createHash("sha512");
    const headChunks: Buffer[] = [];
    let size = 0;
    let headSize = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new AppError("payload_too_large", { maxBytes }));
          return;
        }
        sha256.update(chunk);
        sha512.update(chunk);
        if (headSize < HEAD_BYTES) {
          headChunks.push(chunk.subarray(0, HEAD_BYTES - headSize));
          headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, fs.createWriteStream(temporary, { flags: "wx" }));
      // A multipart stream that hit the plugin's own limit ends early instead of failing.
      if ((source as Readable & { truncated?: boolean }).truncated) {
        throw new AppError("payload_too_large", { maxBytes });
      }
      const blob = {
        sha256: sha256.digest("hex"),
        sha512: sha512.digest("hex"),
        size,
        head: Buffer.concat(headChunks),
      };
      const target = this.pathOf(blob.sha256);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(temporary, target);
      return blob;
    } finally {
      await fs.promises.rm(temporary, { force: true });
    }
  }

  /** Reads a blob back. */
  open(sha256: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256));
  }

  /* records management: disposal destroys content */
  /** Removes a blob for good (a disposal); one already absent is not an error. */
  async remove(sha256: string): Promise<void> {
    await fs.promises.rm(this.pathOf(sha256), { force: true });
  }

  /** Whether the store holds a blob. */
  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Re-reads a blob and digests it (fixity); null when the file is gone. */
  async digest(sha256: string): Promise<{ sha512: string; size: number } | null> {
    const hash = createHash("sha512");
    let size = 0;
    try {
      for await (const chunk of this.open(sha256)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    return { sha512: hash.digest("hex"), size };
  }
}
