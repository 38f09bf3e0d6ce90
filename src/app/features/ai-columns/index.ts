/** The AI column feature: the column's settings panel, and the prompt and model fields other forms reuse (with their look). */
import './ai-columns.css';

export { AiColumnPanel } from './components/ai-column-panel.tsx';
export { ModelInput } from './components/model-input.tsx';
export { PromptEditor } from './components/prompt-editor.tsx';
export { ProviderSelect } from './components/provider-select.tsx';
