import type { AdminUserDetail } from "@shared/schemas/people";
import { useQueryClient } from "@tanstack/react-query";

/** Cache key of one account as administrators see it. */
export const adminUserQueryKey = (id: string) => ["admin", "user", id] as const;

/**
 * After any change to a user, show the server's new version at once and refresh what may list
 * or describe that user (admin lists, directory, and `me` in case admins edit themselves).
 */
export function useStoreUpdatedUser() {
  const queryClient = useQueryClient();
  return async (user: AdminUserDetail) => {
    queryClient.setQueryData(adminUserQueryKey(user.id), user);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ["admin", "users"] }),
      queryClient.invalidateQueries({ queryKey: ["directory"] }),
      queryClient.invalidateQueries({ queryKey: ["me"] }),
    ]);
  };
}
