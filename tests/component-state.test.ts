// @vitest-environment node
/**
 * No Preact component holds more than 4 pieces of local state (`useState` / `useReducer` calls)
 * unless the comment right above it gives the reason on a line starting with `State:`. A
 * component past that is usually a form and its result in one function: split it into a hook and
 * views. (The 80-line bound on every product function is oxlint's `max-lines-per-function`.)
 */
import { readFileSync } from 'node:fs';
import { sourceFiles } from './source-graph';

const MAX_STATE = 4;

/** Source with comments and string contents blanked (same length), so braces in them do not count. */
function blank(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (match) =>
    match.replace(/[^\n]/g, ' '),
  );
}

interface Component {
  name: string;
  states: number;
  reason: string | null;
}

/** Every top-level component (a PascalCase function declaration) with its state count and stated reason. */
export function componentsOf(source: string): Component[] {
  const code = blank(source);
  const found: Component[] = [];
  for (const match of code.matchAll(/^(?:export\s+(?:default\s+)?)?function\s+([A-Z]\w*)\s*[(<]/gm)) {
    const open = code.indexOf('{', code.indexOf(')', match.index));
    let depth = 0;
    let end = open;
    for (; end < code.length; end += 1) {
      if (code[end] === '{') depth += 1;
      else if (code[end] === '}' && --depth === 0) break;
    }
    const body = code.slice(open, end);
    const states = body.match(/\buse(?:State|Reducer)\s*[(<]/g)?.length ?? 0;
    // the comment block right above the declaration
    const above = source.slice(0, match.index).split('\n');
    const comment: string[] = [];
    for (let line = above.length - 2; line >= 0 && /^\s*(\/\/|\*|\/\*\*)/.test(above[line]!); line -= 1) comment.unshift(above[line]!);
    const reason = comment.map((line) => /^\s*(?:\/\/|\*)\s*State:\s*(.+)/.exec(line)?.[1]).find(Boolean) ?? null;
    found.push({ name: match[1]!, states, reason });
  }
  return found;
}

describe('components hold at most 4 pieces of local state, or say why', () => {
  const files = sourceFiles('components').filter((path) => path.endsWith('.tsx'));

  it('reads the components', () => {
    expect(files.flatMap((path) => componentsOf(readFileSync(path, 'utf8'))).length).toBeGreaterThan(15);
  });

  it('no component over the bound without a reason', () => {
    const over = files.flatMap((path) =>
      componentsOf(readFileSync(path, 'utf8'))
        .filter((component) => component.states > MAX_STATE && !component.reason)
        .map((component) => `${path}: ${component.name} has ${component.states} pieces of state`),
    );
    expect(over).toEqual([]);
  });

  it('the checker counts state per component and finds the stated reason', () => {
    const source = [
      "import { useState } from 'preact/hooks';",
      'export function Small() {',
      "  const [a] = useState(0); const s = '{'; // }",
      '  return <p>{a}</p>;',
      '}',
      '/** A form.',
      ' * State: each field is its own input, and the browser keeps their caret.',
      ' */',
      'export function Wide() {',
      '  const [a] = useState(0); const [b] = useState(1); const [c] = useState(2);',
      '  const [d, send] = useReducer(r, 0); const [e] = useState<string>("}");',
      '  return <p>{a}{b}{c}{d}{e}</p>;',
      '}',
      'function Unsaid() { const [a] = useState(0); const [b] = useState(0); const [c] = useState(0); const [d] = useState(0); const [e] = useState(0); }',
    ].join('\n');
    expect(componentsOf(source)).toEqual([
      { name: 'Small', states: 1, reason: null },
      { name: 'Wide', states: 5, reason: 'each field is its own input, and the browser keeps their caret.' },
      { name: 'Unsaid', states: 5, reason: null },
    ]);
  });
});
