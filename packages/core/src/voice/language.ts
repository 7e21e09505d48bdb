/**
 * The language to show a customer: the invitation's when we ship it, else the best match of the browser's
 * Accept-Language (by quality, then by order; `fr-CA` matches `fr`), else the first available.
 */
export function pickLanguage(
  available: readonly string[],
  invitationLanguage: string | null | undefined,
  acceptLanguage: string | null | undefined,
): string {
  const match = (tag: string) => {
    const lower = tag.toLowerCase();
    return available.find((a) => a === lower) ?? available.find((a) => a === lower.split('-')[0]);
  };
  if (invitationLanguage) {
    const found = match(invitationLanguage);
    if (found) return found;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      const quality = q ? Number(q.trim().slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((t) => t.tag && t.tag !== '*' && t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { tag } of ranked) {
    const found = match(tag);
    if (found) return found;
  }
  return available[0] ?? 'en';
}
