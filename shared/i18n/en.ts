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
  "errors.already_member": "You are already a member of this community.",
  "errors.not_member": "You are not a member of this community.",
  "errors.community_invitation_only":
    "This community can only be joined on a manager's invitation.",
  "errors.membership_follows_assignment":
    "Membership of a hierarchical community follows assignments: it cannot be requested or left.",
  "errors.membership_request_pending": "A membership request is already pending.",
  "errors.membership_request_decided": "This membership request has already been decided.",
  "errors.last_manager": "A community must keep at least one manager.",
  "errors.file_locked":
    "This file is checked out by someone else: only they may upload a new version.",
  "errors.file_not_checked_out": "Check the file out first to upload a new version.",
  "errors.name_taken": "An item with this name already exists here.",
  "errors.share_not_readable_by_all":
    "This correspondence cannot be shared: some members of the community are not allowed to read it.",
  "errors.search_query_empty":
    "The search holds no word to look for (only stop words or exclusions).",
  "errors.search_query_too_complex":
    "The search is too long: at most 16 terms, and 16 words per exact phrase.",
  "errors.step_up_required":
    "Strong authentication required: confirm who you are with a second factor.",
  "errors.invalid_second_factor": "Wrong or already used code.",
  "errors.totp_already_enrolled": "An authenticator app is already registered.",
  "errors.totp_not_enrolled": "No authenticator app is registered.",
  "errors.password_too_weak":
    "Password too weak: at least 12 characters, and not a common password.",
  "errors.saved_search_limit":
    "You have reached the maximum number of saved searches (50): delete one first.",
  // mail gateway — inbound
  "errors.quarantine_decided": "This message has already been decided.",
  "errors.mail_import_empty": "No message to import: send .eml or .mbox files.",
  /* partners and public diplomacy (issue 9) */
  "errors.not_releasable":
    "This document cannot be released: only a dispatched document whose paragraphs are all NP can be.",
  "errors.release_withdrawn": "This release has already been withdrawn.",
  "errors.invitation_invalid": "This invitation link is no longer valid (expired or already used).",
  "errors.not_publishable":
    "This document cannot be published: only a dispatched document whose paragraphs are all NP can be.",
  "errors.already_published": "This document is already published.",
  /* habilitation */
  "errors.access_request_decided": "This access request has already been decided.",
  "errors.activation_link_invalid":
    "This link is no longer valid (already used or expired): ask for a new invitation.",
  /* records management */
  "errors.series_code_taken": "This code already belongs to another series of the filing plan.",
  "errors.series_cycle": "A series cannot be moved under itself or one of its sub-series.",
  "errors.series_closed": "This series is closed: it takes no new record.",
  "errors.series_csv_invalid": "The CSV file has invalid lines: nothing was imported.",
  "errors.record_not_active": "This record is no longer active (disposed of or transferred).",
  "errors.hold_empty": "No record matches: the hold was not placed.",
  "errors.hold_released": "This hold is already released.",
  "errors.disposal_not_eligible":
    "Some records cannot be disposed of (due date, final action, hold or pending list).",
  "errors.disposal_own_proposal": "You cannot approve a disposal list you proposed.",
  /* archives */
  "errors.record_not_eligible":
    "Some records cannot be transferred: they must be active, not on hold, in no other transfer and in a series kept for good.",
  "errors.transfer_not_pending": "This transfer already has the archive's reply.",
  "errors.transfer_reply_invalid":
    "This file is not a readable transfer acknowledgement (SEDA 2.2 ArchiveTransferReply).",
  "errors.transfer_reply_mismatch": "This reply is about another transfer.",
};
