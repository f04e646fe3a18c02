import type { Migration } from "kysely";
import * as foundation from "./2026-11-28T1400-foundation.js";
import * as correspondence from "./2026-11-28T1600-correspondence.js";
import * as readReceipts from "./2026-11-28T1710-read-receipts.js";
import * as attachments from "./2026-11-28T1720-attachments.js";
import * as communityAccess from "./2026-11-28T1800-community-access.js";
import * as communityEnrolment from "./2026-11-28T1810-community-enrolment.js";
import * as feed from "./2026-11-28T1820-feed.js";
import * as communityFiles from "./2026-11-28T1830-community-files.js";
import * as notifications from "./2026-11-28T1840-notifications.js";
import * as search from "./2026-11-28T1850-search.js";
import * as savedSearches from "./2026-11-28T1900-saved-searches.js";
import * as strongAuth from "./2026-11-28T1900-strong-auth.js";
import * as recordsManagement from "./2026-11-28T2000-records-management.js";
// search over every type
import * as searchTypes from "./2026-11-28T2010-search-types.js";
// mail gateway — inbound
import * as mailInbound from "./2026-11-28T2020-mail-inbound.js";
/* mail gateway — outbound */
import * as mailOutbound from "./2026-11-28T2030-mail-outbound.js";
// habilitation
import * as habilitation from "./2026-11-28T2040-habilitation.js";
import * as recordsDisposal from "./2026-11-28T2050-records-disposal.js";
import * as archives from "./2026-11-28T2060-archives.js";
// partners and public diplomacy (issue 9)
import * as partners from "./2026-11-28T2070-partners.js";
import * as searchAudience from "./2026-12-07T1000-search-audience.js";
import * as openActionsIndex from "./2026-12-07T1010-open-actions-index.js";
import * as searchTables from "./2026-12-07T1400-search-tables.js";

/**
 * Every migration, in order. A static list (not a folder scan) so the compiled server and the
 * TypeScript sources run the same set. Forward-only: never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-28T1400-foundation": foundation,
  "2026-11-28T1600-correspondence": correspondence,
  "2026-11-28T1710-read-receipts": readReceipts,
  "2026-11-28T1720-attachments": attachments,
  "2026-11-28T1800-community-access": communityAccess,
  "2026-11-28T1810-community-enrolment": communityEnrolment,
  "2026-11-28T1820-feed": feed,
  "2026-11-28T1830-community-files": communityFiles,
  "2026-11-28T1840-notifications": notifications,
  "2026-11-28T1850-search": search,
  "2026-11-28T1900-saved-searches": savedSearches,
  "2026-11-28T1900-strong-auth": strongAuth,
  "2026-11-28T2000-records-management": recordsManagement,
  "2026-11-28T2010-search-types": searchTypes,
  "2026-11-28T2020-mail-inbound": mailInbound,
  "2026-11-28T2030-mail-outbound": mailOutbound,
  "2026-11-28T2070-partners": partners,
  "2026-12-07T1000-search-audience": searchAudience,
  "2026-12-07T1010-open-actions-index": openActionsIndex,
  "2026-12-07T1400-search-tables": searchTables,
  // habilitation
  "2026-11-28T2040-habilitation": habilitation,
  "2026-11-28T2050-records-disposal": recordsDisposal,
  "2026-11-28T2060-archives": archives,
};
