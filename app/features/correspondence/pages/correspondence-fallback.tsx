import { PageFallback } from "../../../components/page-fallback";
import { usePageTitle } from "../../../layout/use-page-title";

type CorrespondenceFallbackProps = { title: string; query: { isPending: boolean; error: unknown } };

/** What a correspondence page shows until the document has loaded, under the page's title. */
export function CorrespondenceFallback({ title, query }: CorrespondenceFallbackProps) {
  usePageTitle(title);
  return <PageFallback title={title} query={query} />;
}
