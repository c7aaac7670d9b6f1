import { describe, expect, it } from 'vitest';
import { cspFor, PRODUCTION_CSP } from '../../shared/csp';
import { RESPONSE_HEADERS } from '../../renderer/vite.shared';

const directives = (policy: string) => policy.split('; ').map((part) => part.split(' ')[0]);

describe('the Content-Security-Policy by delivery', () => {
  it('sends every directive as a header, frame-ancestors included', () => {
    expect(directives(cspFor('header'))).toContain('frame-ancestors');
    expect(PRODUCTION_CSP).toBe(cspFor('header'));
  });

  it('leaves out of the meta element what browsers ignore there, and nothing else', () => {
    const meta = directives(cspFor('meta'));
    expect(meta).not.toContain('frame-ancestors');
    expect(directives(cspFor('header')).filter((name) => !meta.includes(name))).toEqual(['frame-ancestors']);
  });

  it('is the header of every response of the browser host', () => {
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(PRODUCTION_CSP);
  });
});
