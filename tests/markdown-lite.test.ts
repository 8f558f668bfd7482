// @vitest-environment node
import { readFileSync } from 'node:fs';
import { readInline, readMarkdown, type Block, type Inline } from '@/components/shared/markdown-lite';

const policy = (lang: 'ru' | 'en') => readMarkdown(readFileSync(`docs/store/privacy-policy.${lang}.md`, 'utf8'));
const texts = (parts: Inline[]) => parts.map((part) => part.text).join('');
const allTexts = (blocks: Block[]) =>
  blocks.flatMap((block) =>
    block.kind === 'list'
      ? block.items.map(texts)
      : block.kind === 'table'
        ? [...block.head, ...block.rows.flat()].map(texts)
        : [texts(block.text)],
  );

describe('inline marks', () => {
  it('reads code, bold and https links, and leaves everything else as text', () => {
    expect(readInline('the `storage.local` area, **erase all**, [Albato](https://albato.ru/) <b>x</b>')).toEqual([
      { kind: 'text', text: 'the ' },
      { kind: 'code', text: 'storage.local' },
      { kind: 'text', text: ' area, ' },
      { kind: 'bold', text: 'erase all' },
      { kind: 'text', text: ', ' },
      { kind: 'link', text: 'Albato', href: 'https://albato.ru/' },
      { kind: 'text', text: ' <b>x</b>' },
    ]);
  });

  it('keeps a link that is not https as its text', () => {
    expect(readInline('[x](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[x](javascript:alert(1))' }]);
  });
});

describe('blocks', () => {
  it('reads headings, a paragraph over two lines, a list with a continued item, and a table without its rule line', () => {
    const source = '# Title\n\nOne line\nand the next.\n\n- first\n  continued\n- second\n\n| a | b |\n|---|---|\n| 1 | `2` |\n';
    expect(readMarkdown(source)).toEqual([
      { kind: 'heading', level: 1, text: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', text: [{ kind: 'text', text: 'One line and the next.' }] },
      { kind: 'list', items: [[{ kind: 'text', text: 'first continued' }], [{ kind: 'text', text: 'second' }]] },
      {
        kind: 'table',
        head: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]],
        rows: [[[{ kind: 'text', text: '1' }], [{ kind: 'code', text: '2' }]]],
      },
    ]);
  });
});

describe('the privacy policies the extension shows (docs/store)', () => {
  it.each(['ru', 'en'] as const)('%s: one title, eight sections, no Markdown left in the text', (lang) => {
    const blocks = policy(lang);
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 1)).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(8);
    for (const text of allTexts(blocks)) expect(text).not.toMatch(/\*\*|^\||^- |^#/);
  });

  it('the Russian and the English one have the same shape: the same blocks in the same order, tables of the same size', () => {
    const shape = (blocks: Block[]) =>
      blocks.map((b) => (b.kind === 'table' ? `table ${b.head.length}×${b.rows.length}` : b.kind === 'heading' ? `h${b.level}` : b.kind));
    expect(shape(policy('ru'))).toEqual(shape(policy('en')));
  });
});
