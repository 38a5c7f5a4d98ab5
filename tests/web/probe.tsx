/** Test probe inside the providers: a language switch, and the workspace choices as text. */
import { useI18n } from '../../web/app/src/i18n/i18n.tsx';
import { useWorkspace } from '../../web/app/src/workspace.tsx';

export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return <button type="button" data-testid="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>lang</button>;
}

/** Needs a WorkspaceProvider around it. */
export function WorkspaceProbe() {
  const ws = useWorkspace();
  return (
    <>
      <LangSwitch />
      <output data-testid="dataset-id">{String(ws.datasetId)}</output>
      <output data-testid="scenario-id">{String(ws.scenarioId)}</output>
    </>
  );
}
