// Entry point of the browser workbench.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { WorkshopProvider } from './training/WorkshopContext.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <WorkshopProvider>
          <App />
        </WorkshopProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
