// The base stylesheet first, so feature stylesheets (imported by their components) come after it and win ties.
import './styles.css';
import './components/feedback.css';
import { AppFrame } from './features/frame/app-frame.tsx';

/** The app: the frame around whichever table the URL names. */
export function App() {
  return <AppFrame />;
}
