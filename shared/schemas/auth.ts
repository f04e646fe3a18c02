import { z } from "zod";
import { Timestamp } from "./common.js";
import { Me } from "./people.js";

/** Six digits from an authenticator app. */
export const TotpCode = z.string().regex(/^\d{6}$/, { message: "six_digits" });

/** A recovery code as printed ("abcd-efgh-jkmn-pqrs"); case and separators are forgiven. */
export const RecoveryCode = z
  .string()
  .min(16)
  .max(40)
  .regex(/^[A-Za-z0-9 -]+$/, { message: "recovery_code" });

export const TotpEnrollment = z.object({
  /** Base32 secret, for typing into an app that cannot scan; shown during enrolment only. */
  secret: z.string(),
  uri: z.string(),
  /** The QR code of `uri`, an SVG document. */
  qrSvg: z.string(),
});
export type TotpEnrollment = z.infer<typeof TotpEnrollment>;

export const ConfirmTotpBody = z.strictObject({ code: TotpCode });
export type ConfirmTotpBody = z.infer<typeof ConfirmTotpBody>;

export const TotpConfirmed = z.object({
  /** Ten single-use codes, shown once: the way back in without the phone. */
  recoveryCodes: z.array(z.string()),
  me: Me,
});
export type TotpConfirmed = z.infer<typeof TotpConfirmed>;

export const StepUpBody = z.union([
  z.strictObject({ code: TotpCode }),
  z.strictObject({ recoveryCode: RecoveryCode }),
]);
export type StepUpBody = z.infer<typeof StepUpBody>;

export const SessionSummary = z.object({
  id: z.string(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  expiresAt: Timestamp,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  mfa: z.boolean(),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionList = z.object({ items: z.array(SessionSummary) });
export type SessionList = z.infer<typeof SessionList>;

export const SessionParams = z.strictObject({ sessionId: z.string().regex(/^[0-9a-f]{32}$/) });

export const SessionsRevoked = z.object({ revoked: z.number().int() });
