import type { CorrespondenceRefLabel } from "@shared/schemas/correspondence";
import { apiFetch } from "../../../api/client";

/** GET /api/correspondence/lookup — a readable dispatched document by its reference number. */
export function lookupCorrespondence(reference: string): Promise<CorrespondenceRefLabel> {
  const query = new URLSearchParams({ reference });
  return apiFetch<CorrespondenceRefLabel>(`/api/correspondence/lookup?${query}`);
}
