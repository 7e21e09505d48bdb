import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { ErrorCode } from '@centric/core/errors';

/** The header that tells the API which organisation a request is about. */
export const ORG_HEADER = 'X-Centric-Org';

/** A failed API call: the server's typed code and message, or `unavailable` when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The per-field messages of a validation failure, keyed by the body field's path (`name`, `parentId`). */
  fieldErrors(): Record<string, string> {
    const issues = (this.details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues;
    const errors: Record<string, string> = {};
    for (const issue of issues ?? []) {
      if (!issue.path || !issue.message) continue;
      const field = issue.path.replace(/^(body|querystring|params)\.?/, '');
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return errors;
  }
}

/** Options of one API call. */
export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Slug of the organisation the call is about; sent as X-Centric-Org. */
  org?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

/** Calls the API with the session cookie and JSON, and throws an ApiError on anything but 2xx. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.org) headers[ORG_HEADER] = options.org;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      0,
      'unavailable',
      'Cannot reach the Centric server: check your connection and try again.',
    );
  }
  const text = await response.text();
  let json: unknown = null;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | undefined)
      ?.error;
    if (error?.code && error.message)
      throw new ApiError(response.status, error.code, error.message, error.details);
    throw new ApiError(response.status, fallbackCode(response.status), fallbackMessage(response.status));
  }
  if (json === undefined)
    throw new ApiError(response.status, 'internal', 'The server sent an unreadable answer.');
  return json as T;
}

/** Reads every page of a list endpoint by following `nextCursor` (for small lists such as units). */
export async function fetchAllPages<T>(
  path: string,
  options: Omit<ApiOptions, 'method' | 'body'>,
  maxPages = 50,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const url = withQuery(path, { limit: 200, cursor });
    const result: Page<T> = await api<Page<T>>(url, options);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** Appends the defined, non-empty parameters to a path as a query string. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

/** True when the error means "sign in first". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'unavailable';
  return 'bad_request';
}

function fallbackMessage(status: number): string {
  if (status === 502 || status === 503 || status === 504)
    return 'The Centric server is not answering right now. Try again in a moment.';
  return `The server answered ${status}.`;
}
