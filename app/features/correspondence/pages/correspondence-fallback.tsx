import { ApiError } from "../../../api/client";
import { PageFallback } from "../../../components/page-fallback";
import { usePageTitle } from "../../../layout/use-page-title";
import { StepUpRequired } from "../../security/components/step-up-required";

type CorrespondenceFallbackProps = { title: string; query: { isPending: boolean; error: unknown } };

/**
 * What a correspondence page shows until the document has loaded, under the page's title. A DR
 * document one may read with a second factor asks for it (« not found » is the generic fallback's).
 */
export function CorrespondenceFallback({ title, query }: CorrespondenceFallbackProps) {
  usePageTitle(title);
  if (query.error instanceof ApiError && query.error.code === "step_up_required") {
    return <StepUpRequired />;
  }
  return <PageFallback title={title} query={query} />;
}
