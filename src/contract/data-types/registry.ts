import { aiType } from './ai.ts';
import { booleanType } from './boolean.ts';
import { computedType } from './computed.ts';
import type { DataType, DataTypeDefinition } from './data-type.ts';
import { dateType } from './date.ts';
import { imagesType, imageType } from './image.ts';
import { jsonType } from './json.ts';
import { numberType } from './number.ts';
import { phoneType } from './phone.ts';
import { relationType } from './relation.ts';
import { multiselectType, selectType } from './select.ts';
import { markdownType, textType } from './text.ts';
import { emailType, urlType } from './url.ts';

/** One definition per data type, each with its own settings schema; the order of the API reference's fields. */
const definitions = {
  text: textType,
  number: numberType,
  boolean: booleanType,
  date: dateType,
  select: selectType,
  multiselect: multiselectType,
  url: urlType,
  email: emailType,
  computed: computedType,
  relation: relationType,
  ai: aiType,
  phone: phoneType,
  json: jsonType,
  image: imageType,
  images: imagesType,
  markdown: markdownType,
};
type Definitions = typeof definitions;
/** The types that have a definition: all of them, unless one was just added to DataType. */
export type DefinedType = keyof Definitions;

/**
 * Each type's definition, with its own settings' type. A type missing from `definitions` is named here
 * by the compiler, once, and reads as a definition of any settings elsewhere (no error at every use).
 */
type Registry = { [T in DataType]: T extends keyof Definitions ? Definitions[T] : DataTypeDefinition };

/** The contract's registry: one definition per data type. */
export const dataTypes: Registry = definitions;
