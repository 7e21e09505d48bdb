// Splits a JSON file into its records without holding the file: either a top-level array of objects or JSON
// lines (one object a line). Each element's text is cut out by tracking strings and nesting depth, then parsed
// alone, so a 1 GB array costs one record of memory at a time.

/** One element of a JSON file, with the line it starts on. */
export interface JsonRecord {
  line: number;
  text: string;
}

/** A JSON file whose structure is broken (not a record that fails to parse). */
export class JsonShapeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The records of a JSON array or JSON-lines text stream. */
export async function* jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<JsonRecord> {
  let mode: 'unknown' | 'array' | 'lines' = 'unknown';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let startLine = 0;
  let closed = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (ch === '\n') line += 1;
      if (depth > 0) {
        current += ch;
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth += 1;
        else if (ch === '}' || ch === ']') {
          depth -= 1;
          if (depth === 0) {
            yield { line: startLine, text: current };
            current = '';
          }
        }
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\ufeff') continue;
      if (mode === 'unknown' && ch === '[') {
        mode = 'array';
        continue;
      }
      if (mode === 'unknown') mode = 'lines';
      if (closed) throw new JsonShapeError(line, 'text after the end of the JSON array');
      if (mode === 'array' && (ch === ',' || ch === ']')) {
        if (ch === ']') closed = true;
        continue;
      }
      if (ch !== '{') throw new JsonShapeError(line, `expected a JSON object ({…}) but found "${ch}"`);
      depth = 1;
      startLine = line;
      current = '{';
    }
  }
  if (depth > 0) throw new JsonShapeError(startLine, 'the JSON object starting here is not closed');
  if (mode === 'array' && !closed) throw new JsonShapeError(line, 'the JSON array is not closed');
}
