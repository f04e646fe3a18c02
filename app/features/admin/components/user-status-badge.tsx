import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { UserStatus } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";

/** An account's status: active (green) or disabled (grey), always spelled out. */
export function UserStatusBadge({ status }: { status: UserStatus }) {
  const t = useT();
  return (
    <Badge as="span" small severity={status === "active" ? "success" : undefined} noIcon>
      {t(`userStatus.${status}`)}
    </Badge>
  );
}
