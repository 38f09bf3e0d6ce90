import type { ConnectionTest } from '../../../../contract/providers.ts';
import { errorText } from '../../../api/api-client.ts';

interface ConnectionResultProps {
  pending: boolean;
  result: ConnectionTest | undefined;
  /** The test itself could not run (server unreachable, provider gone). */
  error: unknown;
}

function Outcome({ result }: { result: ConnectionTest }) {
  const meta = [result.model, `${result.latencyMs} ms`].filter(Boolean).join(' · ');
  return (
    <span className={`notice connection-result__notice notice--${result.ok ? 'success' : 'error'}`}>
      <strong>{result.ok ? 'Connection OK' : 'Connection failed'}</strong>
      <span className="connection-result__meta"> ({meta})</span>
      <span className="connection-result__message">{result.message}</span>
    </span>
  );
}

/** What "Test connection" found, in a live region so it is announced when it arrives. */
export function ConnectionResult({ pending, result, error }: ConnectionResultProps) {
  return (
    <div className="connection-result" role="status">
      {pending ? (
        <span className="connection-result__pending">Testing…</span>
      ) : error ? (
        <span className="notice notice--error">The test could not run: {errorText(error)}</span>
      ) : (
        result && <Outcome result={result} />
      )}
    </div>
  );
}
