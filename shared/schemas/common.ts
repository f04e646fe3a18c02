import { z } from "zod";

/*
 * Control characters (C0, DEL, C1): single-line fields refuse all of them, multi-line ones keep
 * tab and line breaks. NUL in particular is refused by PostgreSQL text columns.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const wellFormed = (value: string) => value.isWellFormed();

/** A one-line human text (a name, a title): not blank, no control character, valid Unicode. */
export const singleLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => v.trim().length > 0, { message: "blank" })
    .refine((v) => !CONTROL_CHARS.test(v), { message: "control_character" })
    .refine(wellFormed, { message: "malformed_unicode" });

/** A free text that may span lines. */
export const multiLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !CONTROL_CHARS_EXCEPT_WHITESPACE.test(v), { message: "control_character" })
    .refine(wellFormed, { message: "malformed_unicode" });

export const Id = z.uuid();
export const IdParams = z.strictObject({ id: Id });

export const Email = z
  .string()
  .max(254)
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.email());

/** ISO 3166-1 alpha-2 country code, upper case ("US", "DE"). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { message: "country_code" });
export const IsoDate = z.iso.date();
export const Timestamp = z.iso.datetime();

export const PageQuery = z.strictObject({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** A keyset-paginated list: `nextCursor` is opaque and null on the last page. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error answers most authenticated operations may give, for their OpenAPI description. */
export const ErrorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
} as const;

/** A search text typed in a box: bounded, no control characters. */
export const SearchText = z
  .string()
  .max(200)
  .refine((v) => !CONTROL_CHARS.test(v), { message: "control_character" })
  .refine(wellFormed, { message: "malformed_unicode" });
