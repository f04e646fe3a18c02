import { createHash } from "node:crypto";

/*
 * A binary Merkle tree over hex digests (the journal entries' hashes), with domain-separated
 * leaves and nodes as in RFC 6962 (0x00 before a leaf, 0x01 before a pair), so a node can never
 * pass for a leaf. Levels are built bottom-up; an odd node at the end of a level goes up as is.
 */

/** The root of an empty day: SHA-256 of nothing. */
export const EMPTY_MERKLE_ROOT = createHash("sha256").digest("hex");

const leafHash = (hex: string) =>
  createHash("sha256")
    .update(Buffer.from([0]))
    .update(Buffer.from(hex, "hex"))
    .digest("hex");

const nodeHash = (left: string, right: string) =>
  createHash("sha256")
    .update(Buffer.from([1]))
    .update(Buffer.from(left, "hex"))
    .update(Buffer.from(right, "hex"))
    .digest("hex");

function nextLevel(level: readonly string[]): string[] {
  const next: string[] = [];
  for (let i = 0; i < level.length; i += 2) {
    const right = level[i + 1];
    next.push(right === undefined ? (level[i] as string) : nodeHash(level[i] as string, right));
  }
  return next;
}

/** The Merkle root of the leaves' hex digests, in order. */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return EMPTY_MERKLE_ROOT;
  let level = leaves.map(leafHash);
  while (level.length > 1) level = nextLevel(level);
  return level[0] as string;
}

/** One step of an inclusion proof: the sibling's hash and the side it sits on. */
export interface ProofStep {
  side: "left" | "right";
  hash: string;
}

/** The siblings from the leaf at `index` up to the root. */
export function inclusionProof(leaves: readonly string[], index: number): ProofStep[] {
  if (index < 0 || index >= leaves.length) throw new RangeError("leaf index out of range");
  const proof: ProofStep[] = [];
  let level = leaves.map(leafHash);
  let position = index;
  while (level.length > 1) {
    const isRight = position % 2 === 1;
    const sibling = isRight ? level[position - 1] : level[position + 1];
    if (sibling !== undefined) proof.push({ side: isRight ? "left" : "right", hash: sibling });
    level = nextLevel(level);
    position = Math.floor(position / 2);
  }
  return proof;
}

/** Whether a leaf with this proof leads to the root. */
export function verifyInclusion(leaf: string, proof: readonly ProofStep[], root: string): boolean {
  let hash = leafHash(leaf);
  for (const step of proof) {
    hash = step.side === "left" ? nodeHash(step.hash, hash) : nodeHash(hash, step.hash);
  }
  return hash === root;
}
