import type { MessageKey } from "./fr.js";

/** English dictionary: the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
  "errors.invalid_input": "Some of the information entered is not valid.",
  "errors.malformed_request": "The request is malformed.",
  "errors.classified_marking_refused":
    "Classified levels (Secret, Top Secret) cannot be handled by this portal.",
  "errors.unauthenticated": "You must sign in.",
  "errors.invalid_credentials": "Wrong e-mail address or password.",
  "errors.session_expired": "Your session has expired. Please sign in again.",
  "errors.charter_not_accepted": "You must accept the conditions of use to continue.",
  "errors.forbidden": "You do not have the rights needed for this action.",
  "errors.account_disabled": "This account is disabled. Contact your administrator.",
  "errors.not_found": "The requested resource does not exist or is not accessible to you.",
  "errors.conflict": "This operation conflicts with the current state of the data.",
  "errors.email_taken": "This e-mail address is already in use.",
  "errors.unit_cycle": "A unit cannot be attached to one of its own sub-units.",
  "errors.payload_too_large": "The content sent is too large.",
  "errors.unsupported_media_type": "This content type is not accepted.",
  "errors.too_many_requests": "Too many requests. Please wait a moment.",
  "errors.too_many_login_attempts": "Too many sign-in attempts. Please try again in a few minutes.",
  "errors.internal_error": "An internal error occurred. It has been logged.",
  "errors.service_unavailable": "The service is temporarily unavailable.",
  "errors.step_up_required":
    "Strong authentication required: confirm who you are with a second factor.",
  "errors.invalid_second_factor": "Wrong or already used code.",
  "errors.totp_already_enrolled": "An authenticator app is already registered.",
  "errors.totp_not_enrolled": "No authenticator app is registered.",
  "errors.password_too_weak":
    "Password too weak: at least 12 characters, and not a common password.",
};
