// What the fake provider answers an extraction call (a schema asking for `items`, a prompt holding a
// <document>): one item per line of the document that names fields ("Name: Widget; Price: 12"), the
// labels matched to the schema's keys (case, spaces and punctuation aside). So tests write documents
// whose items they know, and count what comes back.

type ItemSchema = { properties?: Record<string, { type?: string | string[] }> };

const keyOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** The items of the document in the prompt, or undefined when this is no extraction call. */
export function extractItems(schema: unknown, prompt: string): { items: unknown[] } | undefined {
  const items = (schema as { properties?: { items?: { type?: string; items?: ItemSchema } } })?.properties
    ?.items;
  const document = /<document>\n?([\s\S]*?)\n?<\/document>/.exec(prompt)?.[1];
  if (items?.type !== 'array' || !items.items?.properties || document === undefined) return undefined;
  const properties = items.items.properties;
  const keys = Object.keys(properties).filter((key) => key !== 'source_excerpt');
  const found: unknown[] = [];
  for (const line of document.split('\n')) {
    const pairs = line
      .split(/;|\|/)
      .map((part) => /^\s*([^:]{1,60}):\s*(.*?)\s*$/.exec(part))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [keyOf(match[1] ?? ''), match[2] ?? ''] as const)
      .filter(([key]) => keys.includes(key));
    if (pairs.length === 0) continue;
    const values = Object.fromEntries(pairs);
    found.push({
      ...Object.fromEntries(
        keys.map((key) => {
          const value = values[key];
          if (value === undefined || value === '') return [key, null];
          const type = properties[key]?.type;
          const isArray = Array.isArray(type) ? type.includes('array') : type === 'array';
          return [key, isArray ? value.split(',').map((part) => part.trim()) : value];
        }),
      ),
      source_excerpt: line.trim(),
    });
  }
  return { items: found };
}
