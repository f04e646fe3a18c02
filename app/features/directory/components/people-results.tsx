import { PagedResults } from "../../../components/paged-results";
import { type PeopleFilters, usePeopleSearch } from "../api/search-people";
import { PeopleTable } from "./people-table";

type PeopleResultsProps = { filters: PeopleFilters; caption: string };

/** The people matching filters, with « Afficher plus » to fetch the next keyset page. */
export function PeopleResults({ filters, caption }: PeopleResultsProps) {
  return (
    <PagedResults
      query={usePeopleSearch(filters)}
      counts={{ none: "people.noResult", all: "people.count", more: "people.countMore" }}
    >
      {(people) => <PeopleTable people={people} caption={caption} />}
    </PagedResults>
  );
}
