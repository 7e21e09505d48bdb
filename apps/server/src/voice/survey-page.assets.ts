import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const SOURCES = {
  survey: fileURLToPath(new URL('../../client/survey-page.client.ts', import.meta.url)),
  widget: fileURLToPath(new URL('../../client/survey-widget.client.ts', import.meta.url)),
} as const;
const built = new Map<keyof typeof SOURCES, string>();

/** The customer page's scripts, compiled from TypeScript once per process and minified (a few KB). */
export function surveyScript(name: keyof typeof SOURCES): string {
  let code = built.get(name);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [SOURCES[name]],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2019',
      write: false,
    });
    code = result.outputFiles[0]!.text;
    built.set(name, code);
  }
  return code;
}
