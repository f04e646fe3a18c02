import { ApiError } from "../../../api/client";
import { PageFallback } from "../../../components/page-fallback";
import { NotFoundPage } from "../../../layout/not-found-page";
import { usePageTitle } from "../../../layout/use-page-title";
import { StepUpRequired } from "../../security/components/step-up-required";

type CorrespondenceFallbackProps = { title: string; query: { isPending: boolean; error: unknown } };

/**
 * What a correspondence page shows until the document has loaded. A document one may not read
 * answers 404 exactly like one that does not exist: both show the « not found » page. A DR
 * document one may read with a second factor asks for it.
 */
export function CorrespondenceFallback({ title, query }: CorrespondenceFallbackProps) {
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.error instanceof ApiError && query.error.code === "step_up_required") {
    return <StepUpRequired />;
  }
  return <TitledFallback title={title} query={query} />;
}

function TitledFallback({ title, query }: CorrespondenceFallbackProps) {
  usePageTitle(title);
  return <PageFallback title={title} query={query} />;
}
