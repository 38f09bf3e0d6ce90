import { type FormEvent, useId, useState } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { parseAmount } from '../../../lib/parse-amount.ts';
import { useDeletePrice } from '../api/delete-price.ts';
import { usePrices } from '../api/get-prices.ts';
import { useSavePrice } from '../api/save-price.ts';
import { SettingsField } from './settings-field.tsx';

const perMillion = (usd: number) => `$${usd.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;

type PriceDraft = { model: string; inputUsd: string; outputUsd: string };
type PriceErrors = Partial<Record<keyof PriceDraft, string>>;

/** A typed price's amount, or what is wrong with it ("ten", "-5", "1,5" are said so at the field). */
function priceOf(typed: string): { usd: number } | { error: string } {
  const parsed = parseAmount(typed);
  if ('error' in parsed) return parsed;
  if (parsed.amount === null || parsed.amount < 0) return { error: 'Enter a price of 0 or more, like 0.15' };
  return { usd: parsed.amount };
}

/** Sets one model's price, by its exact name, in dollars per million tokens in and out. */
function PriceForm() {
  const [draft, setDraft] = useState<PriceDraft>({ model: '', inputUsd: '', outputUsd: '' });
  const [errors, setErrors] = useState<PriceErrors>({});
  const save = useSavePrice();
  const uid = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = priceOf(draft.inputUsd);
    const output = priceOf(draft.outputUsd);
    if ('error' in input || 'error' in output) {
      setErrors({
        ...('error' in input && { inputUsd: input.error }),
        ...('error' in output && { outputUsd: output.error }),
      });
      return;
    }
    save.mutate(
      { model: draft.model.trim(), inputUsd: input.usd, outputUsd: output.usd },
      { onSuccess: () => setDraft({ model: '', inputUsd: '', outputUsd: '' }) },
    );
  };
  const field = (name: keyof PriceDraft, label: string, hint: string) => (
    <SettingsField id={`${uid}-${name}`} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <input
          className="input"
          inputMode={name === 'model' ? 'text' : 'decimal'}
          value={draft[name]}
          required
          onChange={(event) => {
            const { value } = event.target;
            setDraft((current) => ({ ...current, [name]: value }));
            setErrors((current) => ({ ...current, [name]: undefined }));
          }}
          {...control}
        />
      )}
    </SettingsField>
  );
  return (
    <form className="provider-form" aria-label="Set a model's price" onSubmit={submit}>
      {field('model', 'Model', 'Its exact name, as columns name it')}
      {field('inputUsd', 'Input', 'US dollars per million input tokens')}
      {field('outputUsd', 'Output', 'US dollars per million output tokens')}
      {save.isError && (
        <p className="field-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
        Save price
      </button>
    </form>
  );
}

/**
 * Prices per model, which estimates, run costs and savings, and dollar budgets use: those set here over
 * the public list prices (shown with the date they were collected).
 */
export function PriceSettingsContent() {
  const prices = usePrices();
  const remove = useDeletePrice();
  if (prices.isPending) return <Loading label="Loading prices…" />;
  if (prices.isError) return <ErrorMessage error={prices.error} />;
  const own = prices.data.prices.filter((price) => price.source === 'settings');
  const listed = prices.data.prices.filter((price) => price.source === 'list');
  return (
    <section className="contact-settings" aria-label="Prices">
      <h3 className="provider-card__name">Prices per model</h3>
      {own.length > 0 && (
        <ul className="price-list" aria-label="Prices set here">
          {own.map((price) => (
            <li key={price.model} className="price-list__item">
              <code>{price.model}</code> {perMillion(price.inputUsd)} in · {perMillion(price.outputUsd)} out
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove the price of ${price.model}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(price.model)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <PriceForm />
      <details className="price-list__listed">
        <summary>List prices (collected {prices.data.listedOn}), per million tokens</summary>
        <ul className="price-list">
          {listed.map((price) => (
            <li key={price.model} className="price-list__item">
              <code>{price.model}</code> {perMillion(price.inputUsd)} in · {perMillion(price.outputUsd)} out
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
