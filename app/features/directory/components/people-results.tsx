import { ApiErrorAlert } from "../../../components/api-error-alert";
import { LoadMoreButton } from "../../../components/load-more-button";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { type PeopleFilters, usePeopleSearch } from "../api/search-people";
import { PeopleTable } from "./people-table";

type PeopleResultsProps = { filters: PeopleFilters; caption: string };

/** The people matching filters, with « Afficher plus » to fetch the next keyset page. */
export function PeopleResults({ filters, caption }: PeopleResultsProps) {
  const t = useT();
  const search = usePeopleSearch(filters);

  if (search.isPending) return <Loading />;
  if (search.data === undefined) return <ApiErrorAlert error={search.error} />;

  const people = search.data.pages.flatMap((page) => page.items);
  return (
    <div aria-busy={search.isFetching}>
      <p role="status" aria-live="polite" className="fr-mb-2w">
        {people.length === 0
          ? t("people.noResult")
          : search.hasNextPage
            ? t("people.countMore", { count: people.length })
            : t("people.count", { count: people.length })}
      </p>
      {people.length > 0 && <PeopleTable people={people} caption={caption} />}
      {search.isFetchNextPageError && <ApiErrorAlert error={search.error} />}
      <LoadMoreButton
        hasMore={search.hasNextPage}
        isLoading={search.isFetchingNextPage}
        onLoadMore={() => void search.fetchNextPage()}
      />
    </div>
  );
}
