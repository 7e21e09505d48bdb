import Papa from 'papaparse';

/** Downloads rows as a CSV file (RFC 4180 quoting by Papa Parse; a BOM so spreadsheets read UTF-8). */
export function downloadCsv(
  fileName: string,
  rows: Record<string, string | number | boolean | null>[],
): void {
  const csv = `\uFEFF${Papa.unparse(rows)}`;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
