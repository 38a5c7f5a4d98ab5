// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ShadowPriceChart, shadowScales } from '../../../web/app/src/charts/ShadowPriceChart.tsx';
import { SHADOW } from './fixtures.ts';
import { DATA_DATE, num, renderIn, svgText } from './helpers.tsx';

describe('shadowScales', () => {
  it('spans zero and every price; a shared domain is kept exactly', () => {
    const s = shadowScales(SHADOW, { width: 640, height: 360 });
    expect(s.y.domain()[0]).toBe(0);
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(0.031);
    const negative = shadowScales([{ ...SHADOW[0]!, perMillion: -2 }, SHADOW[1]!], { width: 640, height: 360 });
    expect(negative.y.domain()[0]).toBeLessThanOrEqual(-2);
    expect(negative.y.domain()[1]).toBeGreaterThanOrEqual(0.012);
    expect(shadowScales(SHADOW, { width: 640, height: 360, yDomain: [-1, 1] }).y.domain()).toEqual([-1, 1]);
  });

  it('reserves one message line per year below the axis, inside the chart', () => {
    const s = shadowScales(SHADOW, { width: 640, height: 360 });
    expect(s.messagesY).toBeGreaterThan(s.plot.y1);
    expect(s.messagesY + (SHADOW.length - 1) * 15).toBeLessThan(360 - 26);
  });
});

describe('ShadowPriceChart', () => {
  it('draws bars from zero to the price and prints each message in the language', () => {
    const { svg } = renderIn('en', <ShadowPriceChart id="shadow" prices={SHADOW} unit="ratio" dataDate={DATA_DATE} />);
    const { y } = shadowScales(SHADOW, { width: 640, height: 360 });
    const bar = svg.querySelector('[data-year="2026"] .shadow-bar');
    expect(num(bar, 'height')).toBeCloseTo(y(0) - y(0.031), 1);
    expect(num(bar, 'y')).toBeCloseTo(y(0.031), 1);
    expect(num(svg.querySelector('[data-year="2028"] .shadow-bar'), 'height')).toBe(0);
    const t = svgText(svg);
    expect(t).toContain('the next 1 million yuan in 2026 raises the floor by 0.031');
    expect(t).toContain('+0.031');
    expect(t).toContain('Units: objective change per 1 million yuan (ratio)');
    const zh = svgText(renderIn('zh', <ShadowPriceChart id="shadow" prices={SHADOW} />).svg);
    expect(zh).toContain('2027年每增加100万元，最低达标比提高0.012');
  });

  it('matches the SVG snapshot', () => {
    expect(renderIn('zh', <ShadowPriceChart id="shadow" prices={SHADOW} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
