import type { UnitDetail, UpdateUnitBody } from "@shared/schemas/organization";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { unitQueryKey } from "../../directory/api/unit";

export type UpdateUnitRequest = z.input<typeof UpdateUnitBody>;

/** PATCH /api/admin/units/:id — renames, moves or relocates a unit. */
export function updateUnit(id: string, body: UpdateUnitRequest): Promise<UnitDetail> {
  return apiFetch<UnitDetail>(`/api/admin/units/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body,
  });
}

/** Updates a unit; everything in the directory that shows it is refreshed. */
export function useUpdateUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUnitRequest) => updateUnit(id, body),
    onSuccess: async (unit) => {
      queryClient.setQueryData(unitQueryKey(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: ["directory"] });
    },
  });
}
