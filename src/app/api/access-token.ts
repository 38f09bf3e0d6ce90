import { create } from 'zustand';

/** Where the token lives: sessionStorage, so it goes when the browser session ends, and is per tab. */
const STORAGE_KEY = 'ai-tables.access-token';

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be off (a locked-down browser): the token then lasts as long as the page.
    return null;
  }
}

function store(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // See stored().
  }
}

interface AccessState {
  /** The token sent with every API call, if the server asked for one and the user gave it. */
  token: string | null;
  /** Why the token prompt is showing: the server wants a token, or refused the one it got. */
  prompt: 'missing' | 'rejected' | null;
  /** Keeps a token the user entered and closes the prompt. */
  provide: (token: string) => void;
  /** The server answered 401 to a call made with `sent` (null: no token). */
  refused: (sent: string | null) => void;
  /** Drops the token from this browser session. */
  forget: () => void;
}

/**
 * The API access token (AI_TABLES_TOKEN on the server). The API client reads it for every call and
 * reports refusals here; the access feature shows the prompt and the "Forget token" action.
 */
export const useAccessToken = create<AccessState>()((set, get) => ({
  token: stored(),
  prompt: null,
  provide: (token) => {
    store(token);
    set({ token, prompt: null });
  },
  refused: (sent) => {
    // A refusal of an older token after the user already entered a new one changes nothing.
    if (sent !== get().token) return;
    store(null);
    set({ token: null, prompt: sent === null ? 'missing' : 'rejected' });
  },
  forget: () => {
    store(null);
    set({ token: null });
  },
}));

/** The Authorization header to send, if a token is held. */
export function authorizationHeader(): Record<string, string> {
  const { token } = useAccessToken.getState();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
