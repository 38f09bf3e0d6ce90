/** The dashboard feature: a page of one table's charts in a saved arrangement. */
export { DashboardPage } from './components/dashboard-page.tsx';
