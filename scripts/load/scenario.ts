/** The load test's scenario: scenarios/baseline.yaml as a quick LP (continuous decisions, no yearly targets), a few seconds per solve. */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

export function quickScenario(name: string, perYearBudget?: number): string {
  const doc = parseDocument(readFileSync('scenarios/baseline.yaml', 'utf8'));
  doc.set('integer', false);
  doc.deleteIn(['objective', 'targets']);
  doc.set('name', name);
  if (perYearBudget !== undefined) doc.setIn(['budget', 'perYear'], perYearBudget); // yuan
  return doc.toString();
}
