/** The edited scenario shared by the editor sections: read and write by path, problems and baseline differences by path. */
import { createContext, useContext } from 'react';
import type { DiffEntry } from '../../../../../engine/compare/scenario-diff.ts';
import type { ScenarioFile } from '../../../../../engine/scenario/schema.ts';
import type { FieldProblem } from './validation.ts';

export interface Editor {
  draft: ScenarioFile;
  set(path: string, value: unknown): void;
  update(change: (file: ScenarioFile) => ScenarioFile): void;
  problems: readonly FieldProblem[];
  diff: readonly DiffEntry[];
}

const EditorContext = createContext<Editor | null>(null);
export const EditorProvider = EditorContext.Provider;

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside EditorProvider');
  return editor;
}

/** DOM id of a field's control, from its path. */
export function fieldId(path: string): string {
  return `scenario-field${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
