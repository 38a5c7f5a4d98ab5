import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { readUrlState } from './url-state.ts';
import './app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider initial={readUrlState(window.location.search).lang ?? 'zh'}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
