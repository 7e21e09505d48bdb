import { useSearchParams } from 'react-router';
import { PageHeader } from '../common/page-header';
import { useCodeframe } from '../text/text.queries';
import type { FeedbackFilters } from './feedback.queries';
import { FeedbackFilterBar, FeedbackList } from './feedback-list';

/** Feedback: every response, newest first, filtered by sentiment and theme (kept in the URL, so links share it). */
export function FeedbackPage() {
  const [params, setParams] = useSearchParams();
  const codeframe = useCodeframe();
  const filters: FeedbackFilters = {
    sentiment: (params.get('sentiment') || undefined) as FeedbackFilters['sentiment'],
    theme: params.get('theme') || undefined,
  };
  const update = (next: FeedbackFilters) => {
    const search = new URLSearchParams();
    if (next.sentiment) search.set('sentiment', next.sentiment);
    if (next.theme) search.set('theme', next.theme);
    setParams(search, { replace: true });
  };
  const themes = (codeframe.data?.themes ?? []).filter((t) => !t.ignored);
  return (
    <>
      <PageHeader
        title="Feedback"
        description="What customers said, newest first, with the sentiment of each comment and the themes it mentions."
      />
      <FeedbackFilterBar filters={filters} themes={themes} onChange={update} />
      <FeedbackList filters={filters} onTheme={(theme) => update({ ...filters, theme })} />
    </>
  );
}
