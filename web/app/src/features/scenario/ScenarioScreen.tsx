/** Screen 2: pick a stored scenario, edit every field with inline checks, compare with the baseline, save versions. */
import { useEffect, useMemo, useState } from 'react';
import { deepEqual } from '../../../../../engine/compare/scenario-diff.ts';
import type { ScenarioFile } from '../../../../../engine/scenario/schema.ts';
import { api, ApiError, type ScenarioSummary, type ScenarioVersion } from '../../api/client.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import { DiffList } from './DiffList.tsx';
import { baselineDiff, prune, setIn } from './draft.ts';
import { EditorProvider, type Editor } from './editor-context.tsx';
import { EditorSections } from './EditorSections.tsx';
import { scenarioMessages } from './messages.ts';
import { ProblemList } from './ProblemList.tsx';
import { SaveBar } from './SaveBar.tsx';
import { serverProblems, validateScenario, type FieldProblem } from './validation.ts';
import { VersionHistory, type VersionEntry } from './VersionHistory.tsx';
import './scenario.css';

export type ScenarioClient = Pick<typeof api, 'scenarios' | 'scenario' | 'scenarioVersion' | 'scenarioVersions' | 'createScenario' | 'saveScenario'>;

/** Edits survive a visit to another screen: the last draft of each scenario, per API client. */
const openDrafts = new WeakMap<ScenarioClient, Map<number, { loaded: ScenarioVersion; draft: ScenarioFile }>>();

function draftsOf(client: ScenarioClient) {
  let drafts = openDrafts.get(client);
  if (!drafts) { drafts = new Map(); openDrafts.set(client, drafts); }
  return drafts;
}

/** The stored scenario the others are compared with: named "baseline" (scenarios/baseline.yaml). */
export function findBaseline(list: readonly ScenarioSummary[]): ScenarioSummary | undefined {
  return list.find((s) => /\bbaseline\b/i.test(s.name)) ?? list.find((s) => s.name.includes('基线'));
}

export function ScenarioScreen({ client = api }: { client?: ScenarioClient }) {
  const m = useMessages(scenarioMessages);
  const ws = useWorkspace();
  const [list, setList] = useState<ScenarioSummary[]>([]);
  const [baseline, setBaseline] = useState<ScenarioVersion | null>(null);
  const [loaded, setLoaded] = useState<ScenarioVersion | null>(null);
  const [draft, setDraft] = useState<ScenarioFile | null>(null);
  const [versions, setVersions] = useState<VersionEntry[]>([]);
  const [fromServer, setFromServer] = useState<{ message: string; problems: FieldProblem[] } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const fail = (e: unknown) => setFailure((e as Error).message);
  const refreshList = () => client.scenarios().then((l) => {
    setList(l);
    const base = findBaseline(l);
    if (base) client.scenario(base.id).then(setBaseline, fail);
  }, fail);
  const refreshVersions = (id: number) => client.scenarioVersions(id).then(setVersions, fail);
  const show = (v: ScenarioVersion) => { setLoaded(v); setDraft(v.scenario); setFromServer(null); };

  useEffect(() => { void refreshList(); }, [client]);
  useEffect(() => {
    if (ws.scenarioId === null) { setLoaded(null); setDraft(null); setVersions([]); return; }
    if (loaded?.id === ws.scenarioId) return;
    let cancelled = false;
    setStatus(null);
    void refreshVersions(ws.scenarioId);
    const open = draftsOf(client).get(ws.scenarioId);
    if (open) { setLoaded(open.loaded); setDraft(open.draft); return; }
    client.scenario(ws.scenarioId).then((v) => { if (!cancelled) show(v); }, fail);
    return () => { cancelled = true; };
  }, [ws.scenarioId, client]);

  useEffect(() => { if (loaded && draft) draftsOf(client).set(loaded.id, { loaded, draft }); }, [loaded, draft, client]);

  const problems = useMemo(() => (draft ? validateScenario(draft) : []), [draft]);
  const diff = useMemo(() => (draft && baseline ? baselineDiff(baseline.scenario, draft) : []), [draft, baseline]);
  const dirty = draft !== null && loaded !== null && !deepEqual(prune(draft), prune(loaded.scenario));
  const allProblems = useMemo(() => [...problems, ...(fromServer?.problems ?? [])], [problems, fromServer]);

  const editor: Editor | null = draft === null ? null : {
    draft,
    set: (path, value) => { setDraft((d) => (d === null ? d : setIn(d, path, value))); setStatus(null); },
    update: (change) => { setDraft((d) => (d === null ? d : change(d))); setStatus(null); },
    problems: allProblems,
    diff,
  };

  const afterStore = async (v: ScenarioVersion, message: string) => {
    show(v);
    setStatus(message);
    if (baseline && baseline.id === v.id) setBaseline(v);
    await Promise.all([refreshVersions(v.id), client.scenarios().then(setList, fail)]);
  };
  const refused = (e: unknown) => {
    if (e instanceof ApiError) setFromServer({ message: e.body.message, problems: serverProblems(e.body.problems ?? []) });
    else fail(e);
  };
  const save = async () => {
    if (!draft || !loaded || problems.length > 0) return;
    setBusy(true); setFromServer(null); setFailure(null);
    try {
      const v = await client.saveScenario(loaded.id, prune(draft));
      await afterStore(v, m('saved', { version: v.version }));
    } catch (e) { refused(e); } finally { setBusy(false); }
  };
  const saveAs = async (name: string) => {
    if (!draft || problems.length > 0) return;
    setBusy(true); setFromServer(null); setFailure(null);
    try {
      const v = await client.createScenario(prune({ ...draft, name }));
      setLoaded(v);
      ws.setScenarioId(v.id);
      await afterStore(v, m('saveAs.done', { name: v.name }));
    } catch (e) { refused(e); } finally { setBusy(false); }
  };
  const latest = versions.length > 0 ? Math.max(...versions.map((v) => v.version)) : null;
  /** Saves a stored version as it was, as the newest version. */
  const restore = async (version: number) => {
    if (!loaded) return;
    setBusy(true); setFromServer(null); setFailure(null);
    try {
      const old = await client.scenarioVersion(loaded.id, version);
      const v = await client.saveScenario(loaded.id, old.scenario);
      await afterStore(v, m('versions.restored', { from: version, version: v.version }));
    } catch (e) { refused(e); } finally { setBusy(false); }
  };
  const loadVersion = (version: number) => {
    if (!loaded) return;
    client.scenarioVersion(loaded.id, version).then((v) => { show(v); setStatus(null); }, fail);
  };

  return (
    <section data-testid="scenario-screen" className="scenario-screen">
      <div className="scenario-top">
        <h2>{m('title')}</h2>
        <label>{m('pick')}{' '}
          <select data-testid="scenario-select" value={ws.scenarioId ?? ''} onChange={(e) => ws.setScenarioId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{m('pick.none')}</option>
            {list.map((s) => <option key={s.id} value={s.id}>{m('pick.option', { name: s.name, version: loaded?.id === s.id ? loaded.version : s.version })}</option>)}
          </select>
        </label>
      </div>
      {failure ? <p role="alert" className="scenario-blocked">✗ {m('failed', { message: failure })}</p> : null}
      {editor === null || loaded === null ? <p className="scenario-hint">{ws.scenarioId === null ? m('none') : m('loading')}</p> : (
        <EditorProvider value={editor}>
          <div className="scenario-layout">
            <div className="scenario-editor"><EditorSections /></div>
            <aside className="scenario-side">
              <SaveBar name={loaded.name} version={loaded.version} latest={latest} dirty={dirty} blocking={problems.length} busy={busy} status={status}
                onSave={() => void save()} onReset={() => show(loaded)} onSaveAs={(name) => void saveAs(name)} />
              <ProblemList problems={allProblems} serverMessage={fromServer?.message ?? null} />
              <DiffList baselineName={baseline?.name ?? null} diff={diff} />
              <VersionHistory versions={versions} current={loaded.version} onLoad={loadVersion} onRestore={(v) => void restore(v)} />
            </aside>
          </div>
        </EditorProvider>
      )}
    </section>
  );
}
