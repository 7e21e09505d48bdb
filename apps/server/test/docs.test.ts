import { readFileSync } from 'node:fs';
import { renderAccessTable } from '@centric/core/access/access-table';
import { describe, expect, it } from 'vitest';

describe('docs/access.md', () => {
  it('is the role × action table the services enforce', () => {
    const doc = readFileSync(new URL('../../../docs/access.md', import.meta.url), 'utf8');
    // Regenerate with: npx tsx -e "import('@centric/core/access/access-table').then(m=>process.stdout.write(m.renderAccessTable()))" > docs/access.md
    expect(doc).toBe(renderAccessTable());
  });
});
