import type { Attachment, CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { correspondenceQueryKey } from "./correspondence";

/**
 * POST /api/correspondence/:id/attachments — attaches one file to a draft (multipart field
 * "file"); answers 201 with the attachment, 413 `payload_too_large` above the size limit.
 */
export function uploadAttachment(id: string, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append("file", file);
  return apiFetch<Attachment>(`/api/correspondence/${encodeURIComponent(id)}/attachments`, {
    method: "POST",
    body,
  });
}

/** Attaches a file; the document's list of attachments shows it at once. */
export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(id, file),
    onSuccess: (attachment) => {
      queryClient.setQueryData<CorrespondenceDetail>(correspondenceQueryKey(id), (detail) =>
        detail === undefined
          ? detail
          : { ...detail, attachments: [...detail.attachments, attachment] },
      );
    },
  });
}
