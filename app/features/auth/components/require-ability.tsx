import type { Abilities } from "@shared/schemas/people";
import { Outlet } from "react-router";
import { NotFoundPage } from "../../../layout/not-found-page";
import { useCurrentUser } from "./current-user";

type RequireAbilityProps = { anyOf: (keyof Abilities)[] };

/** Opens a section only to users the server says may use it; others get « page not found ». */
export function RequireAbility({ anyOf }: RequireAbilityProps) {
  const { abilities } = useCurrentUser();
  return anyOf.some((ability) => abilities[ability]) ? <Outlet /> : <NotFoundPage />;
}
