import type { CreateSchemaInput, ExtractSchema } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Stores the fields an extraction fills (POST /api/v1/schemas). */
export function createSchema(input: CreateSchemaInput): Promise<ExtractSchema> {
  return callRoute(extractApi.createSchema, { body: input });
}
