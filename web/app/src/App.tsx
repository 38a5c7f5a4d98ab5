/** The planner workspace: navigation, language switch and the screen chosen. */
import { useI18n } from './i18n/i18n.tsx';
import type { MessageKey } from './i18n/messages.ts';
import { WorkspaceProvider, useWorkspace, type Screen } from './workspace.tsx';
import { DataScreen } from './features/data/DataScreen.tsx';
import { ScenarioScreen } from './features/scenario/ScenarioScreen.tsx';
import { ResultsScreen } from './features/results/ResultsScreen.tsx';
import { CompareScreen } from './features/compare/CompareScreen.tsx';
import { ProvinceScreen } from './features/province/ProvinceScreen.tsx';
import { ReportScreen } from './features/report/ReportScreen.tsx';
import { PresentScreen } from './features/report/PresentScreen.tsx';
import { SchoolScreen } from './features/school/SchoolScreen.tsx';
import { useUrlLanguage } from './url-language.ts';
import { AccountBadge } from './features/account/AccountBadge.tsx';
import { SessionGate, useSession } from './features/account/session.tsx';
import { AdminScreen } from './features/admin/AdminScreen.tsx';

const NAV: { screen: Screen; label: MessageKey }[] = [
  { screen: 'data', label: 'nav.data' },
  { screen: 'scenario', label: 'nav.scenario' },
  { screen: 'results', label: 'nav.results' },
  { screen: 'compare', label: 'nav.compare' },
  { screen: 'province', label: 'nav.province' },
  { screen: 'report', label: 'nav.report' },
  { screen: 'present', label: 'nav.present' },
];

function Shell() {
  const { t, lang, setLang } = useI18n();
  const ws = useWorkspace();
  useUrlLanguage(lang);
  const { session } = useSession();
  // The audit trail and trash: for admins, and on a single-user server (no accounts) for its one user.
  const nav = session?.user?.role === 'admin' || session?.authRequired === false ? [...NAV, { screen: 'admin' as const, label: 'nav.admin' as const }] : NAV;
  return (
    <div className="app">
      <header className="app-header no-print">
        <h1>{t('app.title')}</h1>
        <nav aria-label="main">
          {nav.map((item) => (
            <button key={item.screen} type="button" data-screen={item.screen} className={ws.screen === item.screen ? 'active' : ''}
              aria-current={ws.screen === item.screen ? 'page' : undefined} onClick={() => ws.go(item.screen)}>
              {t(item.label)}
            </button>
          ))}
        </nav>
        <button type="button" className="lang-switch" data-testid="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('app.language')}
        </button>
        <AccountBadge />
      </header>
      <main className={`screen screen-${ws.screen}`}>
        {ws.screen === 'data' && <DataScreen />}
        {ws.screen === 'scenario' && <ScenarioScreen />}
        {ws.screen === 'results' && <ResultsScreen />}
        {ws.screen === 'compare' && <CompareScreen />}
        {ws.screen === 'province' && <ProvinceScreen />}
        {ws.screen === 'report' && <ReportScreen />}
        {ws.screen === 'present' && <PresentScreen />}
        {ws.screen === 'school' && <SchoolScreen />}
        {ws.screen === 'admin' && <AdminScreen />}
      </main>
    </div>
  );
}

export function App() {
  return (
    <SessionGate>
      <WorkspaceProvider syncUrl>
        <Shell />
      </WorkspaceProvider>
    </SessionGate>
  );
}
