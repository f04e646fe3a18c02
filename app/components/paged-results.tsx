import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ReactNode } from "react";
import type { UiKey } from "../i18n/catalogs";
import { useT } from "../i18n/use-t";
import { ApiErrorAlert } from "./api-error-alert";
import { Loading } from "./loading";

/** What PagedResults reads from a TanStack infinite query over keyset pages. */
type PagedQuery<T> = {
  data: { pages: { items: T[] }[] } | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
};

/** The announced count: nothing found, everything shown, or a first part with more to fetch. */
type CountMessages = { none: UiKey; all: UiKey; more: UiKey };

type PagedResultsProps<T> = {
  query: PagedQuery<T>;
  counts: CountMessages;
  /** The items fetched so far (never empty), e.g. as a table. */
  children: (items: T[]) => ReactNode;
};

/** The items of a keyset-paginated query, their count announced, with « Afficher plus ». */
export function PagedResults<T>({ query, counts, children }: PagedResultsProps<T>) {
  const t = useT();
  if (query.isPending) return <Loading />;
  if (query.data === undefined) return <ApiErrorAlert error={query.error} />;
  const items = query.data.pages.flatMap((page) => page.items);
  const count = { count: items.length };
  return (
    <div aria-busy={query.isFetching}>
      <p role="status" aria-live="polite" className="fr-mb-2w">
        {items.length === 0
          ? t(counts.none)
          : query.hasNextPage
            ? t(counts.more, count)
            : t(counts.all, count)}
      </p>
      {items.length > 0 && children(items)}
      {query.isFetchNextPageError && <ApiErrorAlert error={query.error} />}
      {query.hasNextPage && (
        <Button
          priority="secondary"
          className="fr-mt-2w"
          disabled={query.isFetchingNextPage}
          nativeButtonProps={{ "aria-busy": query.isFetchingNextPage }}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t("common.loading") : t("common.showMore")}
        </Button>
      )}
    </div>
  );
}
