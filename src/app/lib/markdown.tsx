import type { ReactNode } from 'react';
import './markdown.css';

/**
 * A safe subset of Markdown as React elements: headings, bullet and numbered lists, paragraphs,
 * fenced code, and inline bold, emphasis, code and http(s) links. Everything else stays text; no HTML
 * in the source is ever interpreted (React escapes it), so stored text cannot run script.
 */
export function Markdown({ text }: { text: string }) {
  return <div className="markdown">{blocks(text)}</div>;
}

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\(https?:\/\/[^\s)]+\)|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/;

/** Inline marks of one line, in order; text between them as is. */
function inline(text: string): ReactNode[] {
  return text
    .split(INLINE)
    .filter(Boolean)
    .map((part, index) => {
      const key = `${index}`;
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
        return <strong key={key}>{part.slice(2, -2)}</strong>;
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        return <code key={key}>{part.slice(1, -1)}</code>;
      const link = /^\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)$/.exec(part);
      if (link)
        return (
          <a key={key} href={link[2]} target="_blank" rel="noopener noreferrer">
            {link[1]}
          </a>
        );
      if (/^(\*[^*\s][^*]*\*|_[^_\s][^_]*_)$/.test(part)) return <em key={key}>{part.slice(1, -1)}</em>;
      return part;
    });
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** The text's blocks: runs of list items, fenced code, headings, and paragraphs split by blank lines. */
function blocks(text: string): ReactNode[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ReactNode[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const key = `${index}`;
    if (line.trim() === '') {
      index++;
    } else if (line.trimStart().startsWith('```')) {
      const code: string[] = [];
      index++;
      while (index < lines.length && !(lines[index] ?? '').trimStart().startsWith('```'))
        code.push(lines[index++] ?? '');
      index++;
      out.push(
        <pre key={key}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
    } else if (HEADING.test(line)) {
      const [, hashes = '#', content = ''] = HEADING.exec(line) ?? [];
      const Tag = `h${Math.min(hashes.length + 2, 6)}` as 'h3';
      out.push(<Tag key={key}>{inline(content)}</Tag>);
      index++;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const pattern = BULLET.test(line) ? BULLET : NUMBERED;
      const items: ReactNode[] = [];
      while (index < lines.length && pattern.test(lines[index] ?? '')) {
        items.push(<li key={index}>{inline((lines[index] ?? '').replace(pattern, ''))}</li>);
        index++;
      }
      out.push(pattern === BULLET ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>);
    } else {
      const paragraph: string[] = [];
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !isBlockStart(lines[index] ?? ''))
        paragraph.push(lines[index++] ?? '');
      out.push(<p key={key}>{inline(paragraph.join(' '))}</p>);
    }
  }
  return out;
}

const isBlockStart = (line: string) =>
  HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line) || line.trimStart().startsWith('```');

/** Markdown as one line of plain text (marks removed), for a grid cell. */
export const markdownLine = (text: string): string =>
  text
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/^#{1,6}\s+|^\s*([-*+]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
