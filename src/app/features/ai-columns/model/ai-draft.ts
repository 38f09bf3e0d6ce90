import type { AgentType, AiKind, OutputFormat } from '../../../../contract/ai/config.ts';
import type { AiColumn } from '../../../../contract/column-of.ts';
import type { ColumnConfigOf } from '../../../../contract/data-types/index.ts';

/** The AI column form as a person fills it in: text fields as typed, turned into a config on save. */
export interface AiDraft {
  displayName: string;
  kind: AiKind;
  prompt: string;
  criterion: string;
  outputFormat: OutputFormat;
  /** Comma-separated, as typed. */
  labels: string;
  /** JSON Schema text, as typed. */
  outputSchema: string;
  agentType: AgentType;
  /** '' for the default provider. */
  provider: string;
  /** '' for the provider's default model. */
  model: string;
  autoRun: boolean;
  /** A people finder's roles, comma-separated as typed. */
  roles: string;
  /** A people finder's limit per company, as typed. */
  maxResults: string;
  /** Verified examples per call: '' automatic (three once three cells are verified), '0' off, or a count. */
  examples: string;
}

export const emptyDraft = (displayName = ''): AiDraft => ({
  displayName,
  kind: 'agent',
  prompt: '',
  criterion: '',
  outputFormat: 'text',
  labels: '',
  outputSchema: '',
  agentType: 'llm',
  provider: '',
  model: '',
  autoRun: false,
  roles: '',
  maxResults: '5',
  examples: '',
});

/** The form of an existing AI column. */
export function draftFromColumn(column: AiColumn): AiDraft {
  const config = column.config;
  return {
    displayName: column.displayName,
    kind: config.kind ?? 'agent',
    prompt: config.prompt ?? '',
    criterion: config.criterion ?? '',
    outputFormat: config.outputFormat ?? 'text',
    labels: (config.labels ?? []).join(', '),
    outputSchema: config.outputSchema ? JSON.stringify(config.outputSchema, null, 2) : '',
    agentType: config.agentType ?? 'llm',
    provider: config.provider ?? '',
    model: config.model ?? '',
    autoRun: config.autoRun ?? false,
    roles: (config.roles ?? []).join(', '),
    maxResults: String(config.maxResults ?? 5),
    examples: config.examples === undefined ? '' : String(config.examples),
  };
}

export const needsLabels = (format: OutputFormat) => format === 'label' || format === 'multiselect';

/**
 * The column config a draft stands for, or the field that cannot be read (a JSON Schema that is not
 * JSON). Fields that do not apply to the chosen kind and format are left out, so switching back and
 * forth in the form never saves stale settings.
 */
export function configFromDraft(
  draft: AiDraft,
): { config: ColumnConfigOf<'ai'> } | { path: string; message: string } {
  const labels = draft.labels
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  let outputSchema: Record<string, unknown> | undefined;
  if (draft.kind === 'agent' && draft.outputFormat === 'json' && draft.outputSchema.trim()) {
    try {
      outputSchema = JSON.parse(draft.outputSchema) as Record<string, unknown>;
    } catch (error) {
      return { path: 'config.outputSchema', message: `Not JSON: ${(error as Error).message}` };
    }
  }
  const shared = {
    kind: draft.kind,
    ...(draft.provider && { provider: draft.provider }),
    ...(draft.model.trim() && { model: draft.model.trim() }),
    autoRun: draft.autoRun,
    ...(draft.examples !== '' && { examples: Number(draft.examples) }),
  };
  if (draft.kind === 'criterion_grade') return { config: { ...shared, criterion: draft.criterion } };
  if (draft.kind === 'company_people_finder') {
    const roles = draft.roles
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    return { config: { ...shared, roles: [...new Set(roles)], maxResults: Number(draft.maxResults) || 5 } };
  }
  // Contact finders ask the contact provider: nothing of a prompt applies.
  if (draft.kind === 'email_finder' || draft.kind === 'phone_finder') return { config: shared };
  return {
    config: {
      ...shared,
      prompt: draft.prompt,
      outputFormat: draft.outputFormat,
      agentType: draft.agentType,
      ...(needsLabels(draft.outputFormat) && { labels: [...new Set(labels)] }),
      ...(outputSchema && { outputSchema }),
    },
  };
}
