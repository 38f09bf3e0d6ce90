import { type AiKind, isOwnKind } from '../../../../contract/ai/config.ts';
import type { AiColumn } from '../../../../contract/column-of.ts';
import { navigate, routePath } from '../../../lib/router.ts';
import { useSettingsStore } from '../../../store/settings-store.ts';
import './kind-column-panel.css';

/** Whether a column is a company, people finder or contact column. */
export const hasOwnKind = (column: AiColumn): boolean => isOwnKind(column.config.kind);

const ABOUT: Partial<Record<AiKind, string>> = {
  company_profile:
    "A company table's system column: the AI identifies the company from the row's input and writes its profile (name, website, what it does). It runs by itself for new and changed rows.",
  company_name: "A company table's system column, read from the row's company profile (no AI call).",
  company_website: "A company table's system column, read from the row's company profile (no AI call).",
  company_people_finder:
    'Finds people in these roles at each company and writes them as rows of a linked people table; each person points back to the company row. A rerun replaces the people found before.',
  email_finder: "Looks up the person's work email with the contact provider. It never guesses one.",
  phone_finder: "Looks up the person's phone number with the contact provider. It never guesses one.",
  reverse_email_lookup: "Looks up the profile behind the row's email address with the contact provider.",
};

/**
 * The side panel of a company, people finder or contact column: what it does and what it is set to.
 * Their settings are made by the server (system columns) or at creation, so this panel shows and links,
 * and never saves a prompt form over them.
 */
export function KindColumnPanel({ column }: { column: AiColumn }) {
  const openSettings = useSettingsStore((state) => state.openSettings);
  const { kind, roles, maxResults, peopleTableId } = column.config;
  const contact = kind === 'email_finder' || kind === 'phone_finder' || kind === 'reverse_email_lookup';
  return (
    <section className="kind-column-panel" aria-label={`${column.displayName} settings`}>
      <p>{kind && ABOUT[kind]}</p>
      {kind === 'company_people_finder' && (
        <>
          <dl className="details-list">
            <dt>Roles</dt>
            <dd>{(roles ?? []).join(', ')}</dd>
            <dt>At most</dt>
            <dd>{maxResults ?? 5} people per company</dd>
          </dl>
          {peopleTableId ? (
            <a
              className="button button--small"
              href={routePath({ name: 'table', tableId: peopleTableId })}
              onClick={(event) => {
                event.preventDefault();
                navigate({ name: 'table', tableId: peopleTableId });
              }}
            >
              Open the people table
            </a>
          ) : (
            <p className="field__hint">Its people table is made the first time it runs.</p>
          )}
        </>
      )}
      {contact && (
        <button type="button" className="button button--small" onClick={openSettings}>
          Contact data settings
        </button>
      )}
    </section>
  );
}
