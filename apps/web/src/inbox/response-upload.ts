import type {
  ResponseImportPreviewBody,
  ResponseImportStateBody,
} from '@centric/contracts/responses/response-import.schemas';
import { ApiError, api, ORG_HEADER, withQuery } from '../api/api';

/** The import options the page sends as the query string. */
export type ImportQuery = Record<string, string | undefined>;

/** The first part of a file for the preview: at most 256 KB, cut at the last line end so no line is half. */
export async function firstPart(file: File): Promise<Blob> {
  const size = Math.min(file.size, 256 * 1024);
  if (size === file.size) return file;
  const head = new Uint8Array(await file.slice(0, size).arrayBuffer());
  const end = head.lastIndexOf(10);
  return file.slice(0, end > 0 ? end + 1 : size);
}

/** Sends a body (a file or part of one) as the raw request body, reporting upload progress. */
function send<T>(
  url: string,
  org: string,
  body: Blob,
  onProgress?: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader(ORG_HEADER, org);
    xhr.withCredentials = true;
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total);
    xhr.onerror = () =>
      reject(new ApiError(0, 'unavailable', 'Cannot reach the Centric server: check your connection.'));
    xhr.onload = () => {
      let json: { error?: { code: never; message: string; details?: unknown } } | undefined;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(json as T);
      reject(
        new ApiError(
          xhr.status,
          json?.error?.code ?? 'internal',
          json?.error?.message ?? `the server answered ${xhr.status}`,
          json?.error?.details,
        ),
      );
    };
    xhr.send(body);
  });
}

/** Previews the first lines of a file as the import would read them. */
export async function previewFile(
  org: string,
  file: File,
  query: ImportQuery,
): Promise<ResponseImportPreviewBody> {
  return send(withQuery('/api/v1/responses/imports/preview', query), org, await firstPart(file));
}

/** Uploads the whole file (streamed by the browser) and answers the accepted import. */
export function uploadFile(
  org: string,
  file: File,
  query: ImportQuery,
  onProgress: (sent: number, total: number) => void,
): Promise<ResponseImportStateBody> {
  return send(
    withQuery('/api/v1/responses/imports', { ...query, fileName: file.name }),
    org,
    file,
    onProgress,
  );
}

/** Reads an import's state (poll until it is no longer running). */
export function importState(org: string, id: string): Promise<ResponseImportStateBody> {
  return api<ResponseImportStateBody>(`/api/v1/responses/imports/${id}`, { org });
}
