import fc from 'fast-check';

/** The parts of an OpenAPI 3.1 schema object the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
}

/** Any JSON value, small: the "malformed" alternative offered at every level. */
const anyJson = fc.jsonValue({ maxDepth: 2 });

/** Strings that have broken servers before: empty, huge, NUL, unicode, SQL and path characters. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'é☃🙂',
    "'; drop table x; --",
    '../..',
    '%00',
    'a'.repeat(5000),
    '{{x}}',
    '-1',
  ),
);

/**
 * Values for a schema from the OpenAPI document (so, from the zod contract): mostly of the declared
 * shape with arbitrary contents, sometimes any JSON at all, so both deep and shallow validation run.
 */
export function arbitraryFor(
  schema: Schema | undefined,
  resolve: (ref: string) => Schema,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return anyJson;
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve, depth + 1);
  const shaped = shapedFor(schema, resolve, depth);
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: anyJson });
}

function shapedFor(schema: Schema, resolve: (ref: string) => Schema, depth: number): fc.Arbitrary<unknown> {
  const next = (child: Schema | undefined) => arbitraryFor(child, resolve, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), nastyString);
  const union = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (union && union.length > 0) return fc.oneof(...union.map(next));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return nastyString;
    case 'integer':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER + 2));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(next(schema.items), { maxLength: 3 });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length === 0) return fc.dictionary(nastyString, anyJson, { maxKeys: 3 });
      return fc.record(Object.fromEntries(properties.map(([key, child]) => [key, next(child)])), {
        requiredKeys: [],
      });
    }
    default:
      return anyJson;
  }
}
