import type { OutputFormat } from '../../../../contract/ai/config.ts';
import type { V1OutputFormat } from '../../../../contract/v1/column-configs.ts';

/** A list of people, as a `people` agent answers when the column gives no schema of its own. */
export const PEOPLE_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      role: { type: ['string', 'null'] },
      linkedin_url: { type: ['string', 'null'] },
    },
    required: ['name', 'role', 'linkedin_url'],
    additionalProperties: false,
  },
};

/**
 * Our output format for Extruct's: `select` is our `label`, `numeric` our `number`, `people` a JSON list
 * of people. The rest share names.
 */
export function ourFormat(format: V1OutputFormat): OutputFormat {
  if (format === 'select') return 'label';
  if (format === 'numeric') return 'number';
  if (format === 'people') return 'json';
  return format;
}
