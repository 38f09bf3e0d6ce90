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

export * from './data-type.ts';
export { dayOf, isDay } from './date.ts';
export { formatNumber, groupsThousands } from './number.ts';

/** The registry: one definition per data type. */
export const dataTypes: Record<DataType, DataTypeDefinition> = {
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
export { FormulaErrorValue, isFormulaError } from './computed.ts';
