import { jsonOutputSchema } from '../../../contract/ai/formats.ts';
import { columnResolver } from '../../../contract/ai/references.ts';
import { parseTemplate, templateReferences } from '../../../contract/ai/template.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { type ColumnShape, findCycle } from './dependencies.ts';
import { hasOwnKind, kindErrors } from './kind-rules.ts';

/**
 * What makes an AI column runnable, checked when columns are saved: a prompt (or a criterion), names
 * that exist, no column naming itself, no cycle among AI columns, labels for label formats, a JSON
 * Schema that can be used. `pathOf` says where a column's config sits in the request.
 */
export function checkAiColumns(columns: ColumnShape[], pathOf: (name: string) => string): ErrorDetail[] {
  const resolve = columnResolver(columns);
  const errors: ErrorDetail[] = [];
  for (const column of columns.filter(isAiColumn)) {
    const at = (field: string) => `${pathOf(column.name)}.${field}`;
    const config = column.config;
    if (config.kind === 'criterion_grade') {
      if (!config.criterion?.trim())
        errors.push({ path: at('criterion'), message: 'A criterion grade needs a criterion' });
      continue;
    }
    const prompt = config.prompt ?? '';
    const ownKind = hasOwnKind(column);
    if (ownKind) errors.push(...kindErrors(column, at));
    if (!prompt.trim() && !ownKind)
      errors.push({ path: at('prompt'), message: 'An AI column needs a prompt' });
    for (const problem of parseTemplate(prompt).errors) errors.push({ path: at('prompt'), message: problem });
    for (const name of templateReferences(prompt)) {
      const key = resolve(name);
      if (key === column.name)
        errors.push({ path: at('prompt'), message: `The prompt cannot name its own column {${name}}` });
      else if (!key) errors.push({ path: at('prompt'), message: `Unknown column {${name}} in the prompt` });
    }
    const format = config.outputFormat ?? 'text';
    if ((format === 'label' || format === 'multiselect') && !config.labels?.length) {
      errors.push({ path: at('labels'), message: `The ${format} format needs labels to choose from` });
    }
    if (config.labels && new Set(config.labels).size !== config.labels.length) {
      errors.push({ path: at('labels'), message: 'Labels must be unique' });
    }
    if (format === 'json' && config.outputSchema) {
      try {
        jsonOutputSchema(config);
      } catch (error) {
        errors.push({
          path: at('outputSchema'),
          message: `Not a usable JSON Schema: ${(error as Error).message}`,
        });
      }
    }
  }
  const cycle = findCycle(columns);
  if (cycle && cycle.length > 2) {
    errors.push({
      path: `${pathOf(cycle[0] ?? '')}.prompt`,
      message: `AI columns cannot depend on each other in a circle: ${cycle.join(' → ')}`,
    });
  }
  return errors;
}

/**
 * A prompt with every reference to the column keyed `key` (as `resolve` reads references) rewritten:
 * `rewrite` gets the reference as written and returns what to write instead.
 */
export function rewriteReferences(
  prompt: string,
  resolve: (reference: string) => string | undefined,
  key: string,
  rewrite: (written: string) => string,
): string {
  let result = '';
  let last = 0;
  for (const part of parseTemplate(prompt).parts) {
    if (!('column' in part) || resolve(part.column) !== key) continue;
    const end = prompt.indexOf('}', part.start);
    result += `${prompt.slice(last, part.start)}{${rewrite(part.column)}}`;
    last = end + 1;
  }
  return result + prompt.slice(last);
}
