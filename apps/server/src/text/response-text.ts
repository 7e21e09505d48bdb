import type { Response, ResponseText } from '@centric/contracts/responses/response.schemas';
import type { Executor } from '@centric/db/database';
import { analysesOf } from '@centric/db/text/analysis.repository';
import { OTHER } from './comment.analyser';
import { loadCodeframe } from './text-processing';

/** Adds each response's comment analysis (sentiment and themes with names) for badges; null when not analysed. */
export async function withResponseText(
  db: Executor,
  organisationId: string,
  items: Response[],
): Promise<Response[]> {
  if (items.length === 0) return items;
  const { analyses, tags } = await analysesOf(
    db,
    organisationId,
    items.map((r) => r.id),
  );
  const { codeframe } = await loadCodeframe(db, organisationId);
  const names = new Map(codeframe.themes.map((t) => [t.id, t.name]));
  names.set(OTHER, 'Other');
  const byResponse = new Map<string, ResponseText>();
  for (const a of analyses) byResponse.set(a.responseId, { label: a.label, score: a.score, themes: [] });
  for (const t of tags) {
    const name = names.get(t.themeId);
    // A theme removed from the codeframe since tagging stays hidden until the re-tagging removes it.
    if (name === undefined) continue;
    byResponse.get(t.responseId)?.themes.push({ themeId: t.themeId, name, label: t.label, score: t.score });
  }
  return items.map((r) => ({ ...r, text: byResponse.get(r.id) ?? null }));
}
