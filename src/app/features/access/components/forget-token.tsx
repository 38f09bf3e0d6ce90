import { useAccessToken } from '../../../api/access-token.ts';

/**
 * "Forget token", shown in Settings while this browser holds an access token. The page reloads
 * afterwards, so no table stays on screen and the next call asks for the token again.
 */
export function ForgetToken() {
  const token = useAccessToken((s) => s.token);
  const forget = useAccessToken((s) => s.forget);
  if (!token) return null;
  return (
    <section className="forget-token" aria-label="Access token">
      <p className="forget-token__text">This browser holds the server's access token for this session.</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          forget();
          window.location.reload();
        }}
      >
        Forget token
      </button>
    </section>
  );
}
