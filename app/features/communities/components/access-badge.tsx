import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { CommunityAccess, CommunityKind } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";

const SEVERITY = {
  open: "success",
  on_request: "info",
  invitation: "new",
  secret: "warning",
} as const;

/** How one enters a community (hierarchical ones: by assignment), as a DSFR badge. */
export function AccessBadge({ access, kind }: { access: CommunityAccess; kind: CommunityKind }) {
  const t = useT();
  if (kind === "hierarchical") {
    return (
      <Badge small noIcon>
        {t("communityKind.hierarchical")}
      </Badge>
    );
  }
  return (
    <Badge small severity={SEVERITY[access]}>
      {t(`communityAccess.${access}`)}
    </Badge>
  );
}
