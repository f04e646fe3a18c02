import { ApiError } from "../api/client";
import { NotFoundPage } from "../layout/not-found-page";
import { ApiErrorAlert } from "./api-error-alert";
import { Loading } from "./loading";

type PageFallbackProps = { title: string; query: { isPending: boolean; error: unknown } };

/**
 * What a page shows until its resource has loaded: « Chargement… », or its title and the error.
 * A resource one may not see answers 404 exactly like one that does not exist: both show the
 * « not found » page.
 */
export function PageFallback({ title, query }: PageFallbackProps) {
  if (query.isPending) return <Loading />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  return (
    <>
      <h1>{title}</h1>
      <ApiErrorAlert error={query.error} />
    </>
  );
}
