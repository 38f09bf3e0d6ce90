import type { RowData } from '../../../contract/rows.ts';
import type { CellTask } from '../engine/cell-task.ts';
import { valueText } from '../prompts/cell-prompt.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import type { ContactKind, ContactProvider } from './contact-provider.ts';
import { personFacts } from './person-facts.ts';

/**
 * A contact column's lookup for one row, or why it cannot be asked: a finder needs the person's name or
 * LinkedIn address; a reverse lookup, the address in the column it names.
 */
export function contactTask(
  provider: ContactProvider,
  kind: ContactKind,
  column: ColumnMeta,
  columns: ColumnMeta[],
  data: RowData,
  parent: RowData | null,
): CellTask | { error: string } {
  const [emailColumn] = kind === 'reverse_email_lookup' ? inputsOf(column, columns) : [];
  const email = emailColumn ? (valueText(data[emailColumn]) ?? undefined) : undefined;
  const person = personFacts(data, parent, email);
  if (kind === 'reverse_email_lookup' && !person.email)
    return { error: `No email address to look up in {${emailColumn ?? 'email'}}` };
  if (
    kind !== 'reverse_email_lookup' &&
    !person.fullName &&
    !person.linkedinUrl &&
    !(person.firstName && person.lastName)
  )
    return {
      error:
        'A contact finder needs the person: a column named name or full_name (or first_name and last_name), or linkedin_url',
    };
  return {
    describe: `${kind} at ${provider.name}: ${JSON.stringify(person)}`,
    run: (signal) => provider.lookup(kind, person, signal),
  };
}
