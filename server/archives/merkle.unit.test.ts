import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMPTY_MERKLE_ROOT, inclusionProof, merkleRoot, verifyInclusion } from "./merkle.js";

const digest = (i: number) => createHash("sha256").update(`entry ${i}`).digest("hex");

describe("the journal's Merkle tree", () => {
  it("proves every leaf of trees of every shape, and no other leaf", () => {
    for (let size = 1; size <= 17; size += 1) {
      const leaves = Array.from({ length: size }, (_, i) => digest(i));
      const root = merkleRoot(leaves);
      for (let i = 0; i < size; i += 1) {
        const proof = inclusionProof(leaves, i);
        expect(verifyInclusion(leaves[i] as string, proof, root)).toBe(true);
        expect(verifyInclusion(digest(1000 + i), proof, root)).toBe(false);
      }
    }
  });

  it("changes its root when any leaf changes or the order changes", () => {
    const leaves = Array.from({ length: 6 }, (_, i) => digest(i));
    const root = merkleRoot(leaves);
    expect(merkleRoot([...leaves.slice(0, 3), digest(99), ...leaves.slice(4)])).not.toBe(root);
    expect(merkleRoot([leaves[1] as string, leaves[0] as string, ...leaves.slice(2)])).not.toBe(
      root,
    );
  });

  it("has a fixed root when empty, and a single leaf is not its own root", () => {
    expect(merkleRoot([])).toBe(EMPTY_MERKLE_ROOT);
    expect(merkleRoot([digest(1)])).not.toBe(digest(1));
    expect(() => inclusionProof([digest(1)], 1)).toThrow(RangeError);
  });
});
