/**
 * The little Markdown the store documents use (docs/store/privacy-policy.*.md), read into plain
 * data so the extension's privacy page can draw it with Preact, as text, never as HTML: headings,
 * paragraphs, "- " lists (an indented line continues the item), pipe tables, and inline `code`,
 * **bold** and [links](https://…). Anything else stays as the text it is.
 */
export type Inline = { kind: 'text' | 'code' | 'bold'; text: string } | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

export function readInline(line: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > at) out.push({ kind: 'text', text: line.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'bold', text: m[2] });
    else out.push({ kind: 'link', text: m[3]!, href: m[4]! });
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ kind: 'text', text: line.slice(at) });
  return out;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => readInline(cell.trim()));

export function readMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (!line.trim()) i++;
    else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, text: readInline(heading[2]!) });
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const body = rows.slice(1).filter((row) => !/^\|[\s|:-]+\|?$/.test(row));
      blocks.push({ kind: 'table', head: cells(rows[0]!), rows: body.map(cells) });
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && (lines[i]!.startsWith('- ') || (items.length > 0 && /^\s{2,}\S/.test(lines[i]!)))) {
        const next = lines[i++]!;
        if (next.startsWith('- ')) items.push(next.slice(2));
        else items[items.length - 1] += ` ${next.trim()}`;
      }
      blocks.push({ kind: 'list', items: items.map(readInline) });
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.trim() && !/^(#{1,3}\s|\||- )/.test(lines[i]!)) text.push(lines[i++]!.trim());
      blocks.push({ kind: 'paragraph', text: readInline(text.join(' ')) });
    }
  }
  return blocks;
}
