/** Column renames as seen by a trigger's action: of its own table (the row it reads), of the table it writes. */
export interface ActionRenames {
  source?: Map<string, string>;
  target?: Map<string, string>;
  /** Display names of the trigger's own table, old to new: placeholders may name columns by them. */
  labels?: Map<string, string>;
}

/** A template's `{column}` placeholders naming renamed columns by their new names. */
function renameTemplate(value: unknown, renames: Map<string, string>): unknown {
  if (typeof value !== 'string') return value;
  return value.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const next = renames.get(name.trim());
    return next ? `{${next}}` : match;
  });
}

/**
 * An action's config after columns were renamed: run_workflow's AI columns and create_task's
 * placeholders (by key or display name) follow the trigger's own table, create_task's value keys follow
 * the table it writes.
 */
export function renameActionConfig(
  actionType: string,
  config: Record<string, unknown>,
  { source, target, labels }: ActionRenames,
): Record<string, unknown> {
  const placeholders = new Map([...(labels ?? []), ...(source ?? [])]);
  if (actionType === 'run_workflow' && source && Array.isArray(config.columns))
    return { ...config, columns: config.columns.map((name: string) => source.get(name) ?? name) };
  if (actionType === 'create_task' && config.values && typeof config.values === 'object') {
    const values = Object.entries(config.values as Record<string, unknown>).map(([name, value]) => [
      target?.get(name) ?? name,
      placeholders.size > 0 ? renameTemplate(value, placeholders) : value,
    ]);
    return { ...config, values: Object.fromEntries(values) };
  }
  return config;
}
