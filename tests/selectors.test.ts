/**
 * Every content-script selector against the committed fixture pages: it must match exactly the
 * listed number of elements on each page, and nothing on the others.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { SELECTOR_TABLES } from '@/entrypoints/content/selectors';
import { queryAll, type FixturePage } from '@/entrypoints/content/selectors/types';

const FIXTURE_DIR = 'tests/fixtures/pages';
const pages = new Map<string, Document>();
for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'))) {
  pages.set(file.replace(/\.html$/, ''), new DOMParser().parseFromString(readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8'), 'text/html'));
}

describe('fixtures', () => {
  it('cover every page the selector tables name', () => {
    const named = new Set(
      Object.values(SELECTOR_TABLES).flatMap((table) => Object.values(table).flatMap((spec) => Object.keys(spec.fixtures))),
    );
    for (const name of named) expect(pages.has(name), `${name}.html missing`).toBe(true);
    expect(pages.size).toBeGreaterThanOrEqual(10);
  });
});

for (const [tableName, table] of Object.entries(SELECTOR_TABLES)) {
  describe(`${tableName} selectors`, () => {
    for (const [anchor, spec] of Object.entries(table)) {
      it(`${anchor} (${spec.source}) matches its fixture counts`, () => {
        expect(spec.source.length).toBeGreaterThan(5);
        const actual = Object.fromEntries([...pages].map(([name, doc]) => [name, queryAll(doc, spec).length]));
        const expected = Object.fromEntries([...pages.keys()].map((name) => [name, spec.fixtures[name as FixturePage] ?? 0]));
        expect(actual).toEqual(expected);
      });
    }
  });
}
