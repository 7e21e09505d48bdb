import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvShapeError, readCsvRecords } from '../../src/imports/csv-records';

/** The text handed over in pieces of the given sizes (a stream's chunks), cycling through them. */
async function* pieces(text: string, sizes: number[]): AsyncGenerator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(at, at + size);
    at += size;
  }
}

async function read(text: string, sizes = [1 << 20]): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const batch of readCsvRecords(pieces(text, sizes))) out.push(...batch);
  return out;
}

/** A small random generator, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomCsv(next: () => number, newline: string): string {
  const cell = () => {
    const r = next();
    if (r < 0.3) return '';
    if (r < 0.6) return `v${Math.floor(next() * 1000)}`;
    // A quoted cell with a comma, a doubled quote or a line break inside.
    const inner = ['a,b', 'say ""hi""', `two${newline}lines`, 'é ü 🙂', ''][Math.floor(next() * 5)]!;
    return `"${inner}"`;
  };
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    if (next() < 0.1) lines.push('');
    lines.push(Array.from({ length: 1 + Math.floor(next() * 4) }, cell).join(','));
  }
  return lines.join(newline) + (next() < 0.5 ? newline : '');
}

describe('CSV records read in blocks (Papa Parse)', () => {
  it('reads the cells and the line each record ends on as csv-parse did, however the text is cut', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const text = randomCsv(next, '\n');
      const expected = (
        parse(text, { skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
          record: string[];
          info: { lines: number };
        }[]
      ).map((r) => ({ cells: r.record, line: r.info.lines }));
      const sizes = [1 + Math.floor(next() * 7), 1 + Math.floor(next() * 50), 1 << 20];
      const got = (await read(text, sizes)).map(({ cells, line }) => ({ cells, line }));
      expect({ seed, got }).toEqual({ seed, got: expected });
      // The same document with CRLF: the same lines (csv-parse counts a CRLF inside quotes as two).
      const crlf = (await read(text.replaceAll('\n', '\r\n'), sizes)).map(({ cells, line }) => ({
        cells: cells.map((c) => c.replaceAll('\r\n', '\n')),
        line,
      }));
      expect({ seed, crlf }).toEqual({ seed, crlf: expected });
    }
  });

  it('keeps each record as written, drops a byte-order mark, and skips blank lines', async () => {
    const records = await read('\ufeffa,b\r\n\r\n1,"x\r\ny"\r\n2,3\r\n', [3]);
    expect(records).toEqual([
      { cells: ['a', 'b'], line: 1, raw: 'a,b\r\n' },
      { cells: ['1', 'x\r\ny'], line: 4, raw: '1,"x\r\ny"\r\n' },
      { cells: ['2', '3'], line: 5, raw: '2,3\r\n' },
    ]);
  });

  it('reads a file whose lines end with CR alone', async () => {
    const records = await read('a,b\r1,2\r3,4', [2]);
    expect(records.map((r) => [r.cells, r.line])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
  });

  it('refuses an unclosed quote with the line it opens on', async () => {
    const error = await read('a,b\n1,2\n3,"open\n4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvShapeError);
    expect(error).toMatchObject({ line: 3, message: expect.stringMatching(/unterminated/i) });
  });

  it('refuses a malformed closing quote', async () => {
    const error = await read('a,b\n1,"x"y\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvShapeError);
    expect(error).toMatchObject({ line: 2 });
  });
});
