import { afterEach, describe, expect, it } from 'vitest';
import { subRoute } from '../../../renderer/workspace/sub-route';

const route = subRoute('spread');

afterEach(() => {
  window.location.hash = '';
});

describe('a record open on a page, kept in the location hash', () => {
  it('reads the key after the page and nothing from the page alone, another page or a broken escape', () => {
    expect(route.keyFromHash('#/spread/%E6%B5%81%20a')).toBe('流 a');
    expect(route.keyFromHash('#/spread/')).toBeNull();
    expect(route.keyFromHash('#/spread')).toBeNull();
    expect(route.keyFromHash('#/reports/x')).toBeNull();
    expect(route.keyFromHash('#/spread/%E6')).toBeNull();
  });

  it('opens a record under its escaped key and goes back to the page with null', () => {
    route.open('a/b c');
    expect(window.location.hash).toBe('#/spread/a%2Fb%20c');
    expect(route.keyFromHash(window.location.hash)).toBe('a/b c');
    route.open(null);
    expect(window.location.hash).toBe('#/spread');
  });
});
