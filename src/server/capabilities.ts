import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './logger.ts';
import { secretBox } from './secrets/secret-box.ts';
import { loadSecretKey } from './secrets/secret-key.ts';
import { Providers } from './services/ai/providers.ts';
import { sealStoredProviderKeys } from './services/ai/seal-stored-keys.ts';
import { ChartReads } from './services/charts/chart-reads.ts';
import { chartRenameHook } from './services/charts/chart-rename-hook.ts';
import { ContactProviders } from './services/contacts/contact-providers.ts';
import { aiCellHook } from './services/engine/ai-cell-hook.ts';
import { aiRowHook } from './services/engine/ai-row-hook.ts';
import type { CellAnswerer } from './services/engine/cell-answerers.ts';
import { formulaRowHook } from './services/formulas/derive-hook.ts';
import { formulaColumnHook } from './services/formulas/formula-column-hook.ts';
import { failInterruptedImports } from './services/io/import-records.ts';
import { companyTableHook } from './services/kinds/company-columns.ts';
import { peopleRowsHook } from './services/kinds/people-rows-hook.ts';
import { peopleTableDeletedHook } from './services/kinds/people-table-deleted.ts';
import { kindCellAnswerer } from './services/kinds/prepare-kind-cell.ts';
import { verifiedCellHook } from './services/learning/verified-cell-hook.ts';
import { verifiedExamples } from './services/learning/verified-examples.ts';
import { relationColumnHook } from './services/relations/relation-column-hook.ts';
import { RelationRegistry } from './services/relations/relation-registry.ts';
import { relationRowHook } from './services/relations/relation-row-hook.ts';
import { RowAccess } from './services/rows/row-access.ts';
import { TableMaintenance } from './services/rows/table-maintenance.ts';
import type { CellHook } from './services/store/cell-hooks.ts';
import type { ColumnHook } from './services/store/column-hooks.ts';
import type { RowHook } from './services/store/row-hooks.ts';
import { createStore } from './services/store/store.ts';
import { TriggerDispatcher } from './services/triggers/dispatcher.ts';
import { triggerEventHook } from './services/triggers/event-hook.ts';
import { TriggerPresence } from './services/triggers/trigger-presence.ts';
import { triggerRenameHook } from './services/triggers/trigger-rename-hook.ts';
import { triggerService } from './services/triggers/triggers.ts';
import { sealStoredWebhooks } from './services/triggers/webhook-secrets.ts';
import { rowMetadataHook } from './services/v1/row-metadata.ts';

/** How often the trigger outbox is read when no write announced events. */
const TRIGGER_POLL_MS = 1_000;
/** A claimed trigger event is this server's for this long (a webhook call is at most its timeout). */
const leaseFor = (config: Config) => config.triggers.webhookTimeoutMs * 3;

/**
 * The store with every capability that reacts to row and column changes registered on it (computed
 * columns, AI cells, relations, triggers, chart and trigger references), the AI providers, the
 * capabilities that answer AI cells for the engine (kinds, learning), the trigger service and its
 * dispatcher.
 */
export async function createCapabilities(database: Database, config: Config, logger: Logger) {
  const rowHooks: RowHook[] = [];
  const columnHooks: ColumnHook[] = [];
  // A person's value locks its AI cell before it is marked verified.
  const cellHooks: CellHook[] = [aiCellHook, verifiedCellHook];
  const store = createStore(database, rowHooks, columnHooks, cellHooks, [companyTableHook]);
  const secrets = secretBox(loadSecretKey(config.secretKey, config.dataDir));
  // Secrets stored before encryption existed are sealed at every start (those not sealed yet).
  const sealed =
    (await sealStoredProviderKeys(store.db, secrets)) + (await sealStoredWebhooks(store.db, secrets));
  if (sealed > 0) logger.info({ records: sealed }, 'encrypted secrets stored in plain text');
  const providers = new Providers(store, config.ai, secrets);
  const contacts = new ContactProviders(store, config.contacts, secrets);
  // The engine's cells of company, people finder and contact columns are the kinds'; learning adds the
  // verified examples to every other column's prompts.
  const answerers: CellAnswerer[] = [kindCellAnswerer(contacts), verifiedExamples];
  if (database.exclusive) await failInterruptedImports(store);
  const relations = new RelationRegistry();
  await relations.load(store.db);
  // Rows and charts are read and written through these by every caller (HTTP, /v1, MCP, triggers):
  // cached pages and counts, indexes built for the queries asked, maintenance after writes.
  const maintenance = new TableMaintenance(database, store, logger);
  const rows = new RowAccess(store, maintenance);
  // Only this process changes triggers on either embedded store (the native one too): a write to a table
  // without them sends no trigger-event statement (on the native store each batch sent its rows as JSON).
  const presence = new TriggerPresence(database.exclusive);
  await presence.load(store.db);
  const dispatcher = new TriggerDispatcher(
    store,
    logger,
    { pollMs: TRIGGER_POLL_MS, leaseMs: leaseFor(config), ...config.triggers },
    { providers, secrets, rows },
  );
  // Computed values are derived first, so AI prompts and trigger conditions see them.
  rowHooks.push(
    formulaRowHook,
    aiRowHook,
    relationRowHook(store, relations),
    peopleRowsHook(store),
    triggerEventHook(presence, () => dispatcher.kick()),
    rowMetadataHook,
  );
  columnHooks.push(
    formulaColumnHook,
    relationColumnHook(store, relations),
    chartRenameHook,
    triggerRenameHook,
    peopleTableDeletedHook(store),
  );
  return {
    store,
    providers,
    contacts,
    answerers,
    secrets,
    dispatcher,
    maintenance,
    rows,
    charts: new ChartReads(store, maintenance),
    triggers: triggerService(store, presence, secrets),
  };
}
