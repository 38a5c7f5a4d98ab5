/** A school's name that opens its page; plain text where there is no workspace (tests, exports). */
import { useOptionalWorkspace } from '../workspace.tsx';
import './school.css';

export function SchoolLink({ id, name }: { id: string; name: string }) {
  const ws = useOptionalWorkspace();
  if (!ws) return <>{name}</>;
  return <button type="button" className="school-link" data-testid="school-link" data-school={id} onClick={() => ws.openSchool(id)}>{name}</button>;
}
