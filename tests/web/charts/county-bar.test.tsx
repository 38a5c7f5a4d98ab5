// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CountyBarChart, countyBarScales } from '../../../web/app/src/charts/CountyBarChart.tsx';
import { DATA_DATE, num, renderIn, svgText } from './helpers.tsx';

const BARS = [{ county: 'east', costPerPupil: 1200 }, { county: 'west', costPerPupil: 3400 }, { county: 'north', costPerPupil: 5100 }];

describe('CountyBarChart', () => {
  it('draws one bar per county in the given order, lengths to scale, with values', () => {
    const { svg } = renderIn('en', <CountyBarChart id="province-cost" bars={BARS} dataDate={DATA_DATE} />);
    const height = Math.max(160, 40 + BARS.length * 22);
    const { x, y } = countyBarScales(BARS, 640, height);
    const groups = Array.from(svg.querySelectorAll('[data-county]'));
    expect(groups.map((g) => g.getAttribute('data-county'))).toEqual(['east', 'west', 'north']);
    const west = svg.querySelector('[data-county="west"] .county-bar');
    expect(num(west, 'width')).toBeCloseTo(x(3400) - x(0), 1);
    expect(num(west, 'y')).toBeCloseTo(y('west')!, 1);
    expect(svg.querySelector('[data-county="north"] .county-value')?.textContent).toBe('5,100');
    expect(svgText(svg)).toContain('Cost per pupil brought to standard, by county');
  });

  it('titles and units in Chinese', () => {
    const text = svgText(renderIn('zh', <CountyBarChart id="province-cost" bars={BARS} />).svg);
    expect(text).toContain('各县每名达标学生所需资金');
    expect(text).toContain('元/生');
  });
});
