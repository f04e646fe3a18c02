/**
 * Every error the API may answer, with its HTTP status. The code is stable (clients and tests
 * match on it); the human message comes from the i18n key `errors.<code>`.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  malformed_request: 400,
  classified_marking_refused: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  charter_not_accepted: 403,
  forbidden: 403,
  account_disabled: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  unit_cycle: 409,
  already_member: 409,
  not_member: 409,
  community_invitation_only: 409,
  membership_follows_assignment: 409,
  membership_request_pending: 409,
  membership_request_decided: 409,
  last_manager: 409,
  file_locked: 409,
  file_not_checked_out: 409,
  name_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  too_many_login_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
  share_not_readable_by_all: 409,
  search_query_empty: 400,
  search_query_too_complex: 400,
  step_up_required: 403,
  invalid_second_factor: 400,
  totp_already_enrolled: 409,
  totp_not_enrolled: 409,
  password_too_weak: 400,
  saved_search_limit: 409,
  // mail gateway — inbound
  quarantine_decided: 409,
  mail_import_empty: 400,
  /* partners and public diplomacy (issue 9) */
  not_releasable: 409,
  release_withdrawn: 409,
  invitation_invalid: 410,
  not_publishable: 409,
  already_published: 409,
  /* habilitation */
  access_request_decided: 409,
  activation_link_invalid: 400,
  /* records management */
  series_code_taken: 409,
  series_cycle: 409,
  series_closed: 409,
  series_csv_invalid: 400,
  record_not_active: 409,
  hold_empty: 409,
  hold_released: 409,
  disposal_not_eligible: 409,
  disposal_own_proposal: 403,
  /* archives (issue 8: transfers, backup) */
  record_not_eligible: 409,
  transfer_not_pending: 409,
  transfer_reply_invalid: 400,
  transfer_reply_mismatch: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
