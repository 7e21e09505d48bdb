import { centricFormat } from './formats/centric.format';
import { delightedFormat } from './formats/delighted.format';
import { onlineFormat } from './formats/online.format';
import { qualtricsFormat } from './formats/qualtrics.format';
import type { ResponseImportFormat } from './import-row';

/** The names of the response import formats. */
export const RESPONSE_IMPORT_FORMATS = ['centric', 'qualtrics', 'delighted', 'online'] as const;
/** The name of a response import format. */
export type ResponseImportFormatName = (typeof RESPONSE_IMPORT_FORMATS)[number];

const BY_NAME: Record<ResponseImportFormatName, ResponseImportFormat> = {
  centric: centricFormat,
  qualtrics: qualtricsFormat,
  delighted: delightedFormat,
  online: onlineFormat,
};

/** The format of a name. */
export function responseImportFormat(name: ResponseImportFormatName): ResponseImportFormat {
  return BY_NAME[name];
}
