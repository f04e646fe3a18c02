import { AppError } from "../errors.js";

/*
 * Keyset pagination cursors: the sort key of the last row seen, opaque to clients
 * (base64url JSON). A cursor that does not decode is a client error, never ignored.
 */

export type CursorKey = readonly (string | number)[];

/** Encodes the sort key of the last item of a page. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a forged cursor may carry them.
const CONTROL_CHARS = /[\u0000-\u001F]/;

/** Cursor parts are values a server wrote: bounded strings without control characters, integers. */
const fitsShape =
  (shape: readonly ("string" | "number")[]) =>
  (v: unknown, i: number): boolean =>
    shape[i] === "string"
      ? typeof v === "string" && v.length <= 400 && !CONTROL_CHARS.test(v) && v.isWellFormed()
      : Number.isSafeInteger(v);

/** Decodes a cursor made by `encodeCursor` with the given shape, or answers 400. */
export function decodeCursor<T extends "string" | "number">(
  cursor: string | undefined,
  shape: readonly T[],
): (T extends "string" ? string : number)[] | undefined {
  if (cursor === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new AppError("invalid_input", { cursor: "malformed" });
  }
  if (!Array.isArray(value) || value.length !== shape.length || !value.every(fitsShape(shape))) {
    throw new AppError("invalid_input", { cursor: "malformed" });
  }
  return value as (T extends "string" ? string : number)[];
}

/** Splits the `limit + 1` rows a keyset query fetched into a page and its next cursor. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  keyOf: (row: Row) => CursorKey,
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
