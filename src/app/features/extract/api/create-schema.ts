import type { CreateSchemaInput, ExtractSchema } from '../../../../contract/extract.ts';
import { api } from '../../../api/api-client.ts';

/** Stores the fields an extraction fills (POST /api/v1/schemas). */
export function createSchema(input: CreateSchemaInput): Promise<ExtractSchema> {
  return api.post<ExtractSchema>('/v1/schemas', input);
}
