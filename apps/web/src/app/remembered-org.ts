const KEY = 'centric.organisation';

/** The slug of the organisation last opened in this browser, if storage is available. */
export function rememberedOrg(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the organisation opened last, so the next visit starts there. */
export function rememberOrg(slug: string): void {
  try {
    window.localStorage.setItem(KEY, slug);
  } catch {
    // Private browsing can refuse storage; the URL still carries the organisation.
  }
}
