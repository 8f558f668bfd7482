import type { Block, Inline } from '@/components/shared/markdown-lite';

/** A store document read by components/shared/markdown-lite.ts, drawn as text (links open in a new tab). */
export function PolicyView({ blocks }: { blocks: Block[] }) {
  return (
    <article class="policy">
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          const Heading = (['h1', 'h2', 'h3'] as const)[block.level - 1]!;
          return <Heading key={i}>{inlines(block.text)}</Heading>;
        }
        if (block.kind === 'paragraph') return <p key={i}>{inlines(block.text)}</p>;
        if (block.kind === 'list')
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{inlines(item)}</li>
              ))}
            </ul>
          );
        return (
          <table key={i}>
            <thead>
              <tr>
                {block.head.map((cell, j) => (
                  <th key={j}>{inlines(cell)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, j) => (
                <tr key={j}>
                  {row.map((cell, k) => (
                    <td key={k}>{inlines(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </article>
  );
}

function inlines(parts: Inline[]) {
  return parts.map((part, i) =>
    part.kind === 'code' ? (
      <code key={i}>{part.text}</code>
    ) : part.kind === 'bold' ? (
      <strong key={i}>{part.text}</strong>
    ) : part.kind === 'link' ? (
      <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}
