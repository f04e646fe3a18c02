/**
 * GET /api/correspondence/:id/pdf — the printed form, marking banner at the top and bottom of
 * every page. A plain link opened in a new tab (404 to anyone who may not read the document).
 */
export function correspondencePdfUrl(correspondenceId: string): string {
  return `/api/correspondence/${encodeURIComponent(correspondenceId)}/pdf`;
}
