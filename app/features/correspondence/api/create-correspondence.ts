import type {
  CorrespondenceDetail,
  CreateCorrespondenceBody,
} from "@shared/schemas/correspondence";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreSavedCorrespondence } from "./correspondence-cache";

/** POST /api/correspondence — starts a draft (version 1); answers 201 with the draft. */
export function createCorrespondence(
  body: CreateCorrespondenceBody,
): Promise<CorrespondenceDetail> {
  return apiFetch<CorrespondenceDetail>("/api/correspondence", { method: "POST", body });
}

/** Starts a draft and caches it for its editing page. */
export function useCreateCorrespondence() {
  const store = useStoreSavedCorrespondence();
  return useMutation({ mutationFn: createCorrespondence, onSuccess: store });
}
