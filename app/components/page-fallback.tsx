import { ApiErrorAlert } from "./api-error-alert";
import { Loading } from "./loading";

type PageFallbackProps = { title: string; query: { isPending: boolean; error: unknown } };

/** What a page shows until its resource has loaded: « Chargement… », or its title and the error. */
export function PageFallback({ title, query }: PageFallbackProps) {
  if (query.isPending) return <Loading />;
  return (
    <>
      <h1>{title}</h1>
      <ApiErrorAlert error={query.error} />
    </>
  );
}
