import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../../web/app/src/url-state.ts';

describe('URL state', () => {
  it('round-trips language, screen, dataset, run, comparison and school', () => {
    const state = { lang: 'en' as const, screen: 'school' as const, datasetId: 3, scenarioId: 5, runId: 7, compareRunIds: [7, 8], schoolId: 'S003' };
    const search = writeUrlState(state);
    expect(search).toBe('?lang=en&screen=school&dataset=3&scenario=5&run=7&compare=7,8&school=S003');
    expect(readUrlState(search)).toEqual(state);
  });

  it('drops what it does not understand instead of failing', () => {
    expect(readUrlState('?lang=fr&screen=nowhere&dataset=-1&run=abc&compare=2,x,2,3')).toEqual({ compareRunIds: [2, 3] });
    expect(writeUrlState({})).toBe('');
  });
});
