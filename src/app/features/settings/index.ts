/** The settings feature: the dialog with AI providers, models and access. */
export { SettingsDialog } from './components/settings-dialog.tsx';
