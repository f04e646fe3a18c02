import { Button } from "@codegouvfr/react-dsfr/Button";
import { useT } from "../i18n/use-t";

type LoadMoreButtonProps = {
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
};

/** « Afficher plus » for keyset-paginated lists; hidden once the last page is shown. */
export function LoadMoreButton({ hasMore, isLoading, onLoadMore }: LoadMoreButtonProps) {
  const t = useT();
  if (!hasMore) return null;
  return (
    <Button
      priority="secondary"
      className="fr-mt-2w"
      disabled={isLoading}
      nativeButtonProps={{ "aria-busy": isLoading }}
      onClick={onLoadMore}
    >
      {isLoading ? t("common.loading") : t("common.showMore")}
    </Button>
  );
}
