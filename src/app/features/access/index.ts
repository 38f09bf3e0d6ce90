/** Access to a server with AI_TABLES_TOKEN: the token prompt, "Forget token", signed downloads. */
export { download } from './api/signed-download.ts';
export { ForgetToken } from './components/forget-token.tsx';
export { TokenPrompt } from './components/token-prompt.tsx';
