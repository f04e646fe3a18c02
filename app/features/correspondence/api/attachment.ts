/**
 * GET /api/correspondence/:id/attachments/:attachmentId — an attachment, always served as a
 * download. A plain link the browser follows with the session cookie, not a fetch: the server
 * answers 404 to anyone who may not read the document.
 */
export function attachmentUrl(correspondenceId: string, attachmentId: string): string {
  return `/api/correspondence/${encodeURIComponent(correspondenceId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
