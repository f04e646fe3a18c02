import { z } from "zod";
import { Id, PageQuery, page } from "./common.js";

export const JournalEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: Id, displayName: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalQuery = PageQuery.extend({
  action: z.string().max(80).optional(),
  actorId: Id.optional(),
  targetId: z.string().max(80).optional(),
});
export const JournalPage = page(JournalEntry);
export type JournalPage = z.infer<typeof JournalPage>;

export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "unavailable"]),
  dialect: z.enum(["sqlite", "postgres"]),
  uptimeSeconds: z.number(),
  version: z.string(),
});
