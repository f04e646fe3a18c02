import type { CreateUnitBody, UnitDetail } from "@shared/schemas/organization";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { unitQueryKey } from "../../directory/api/unit";

export type CreateUnitRequest = z.input<typeof CreateUnitBody>;

/** POST /api/admin/units — creates a unit under a parent, or at the top of an organisation (201). */
export function createUnit(body: CreateUnitRequest): Promise<UnitDetail> {
  return apiFetch<UnitDetail>("/api/admin/units", { method: "POST", body });
}

/** Creates a unit; charts, unit lists and the parent's page are refreshed. */
export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: async (unit) => {
      queryClient.setQueryData(unitQueryKey(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: ["directory"] });
    },
  });
}
