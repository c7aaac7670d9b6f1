import { describe, expect, it } from 'vitest';
import { CodedError, codedErrorData, isCodedError } from '../../../shared/errors';

describe('CodedError', () => {
  it('carries its code and values, and an English line for logs', () => {
    const error = new CodedError('pack.unsafePath', { path: '../x' });
    expect(isCodedError(error)).toBe(true);
    expect(error.code).toBe('pack.unsafePath');
    expect(error.params).toEqual({ path: '../x' });
    expect(error.message).toBe('pack.unsafePath (path=../x)');
  });

  it('reads code and values back after structured cloning', () => {
    const cloned = structuredClone({ name: 'CodedError', message: 'x', code: 'backup.badFile', params: { line: 3 } });
    expect(codedErrorData(cloned)).toEqual({ code: 'backup.badFile', params: { line: 3 } });
  });

  it('finds no code on plain errors and ignores values that are not text or numbers', () => {
    expect(codedErrorData(new Error('boom'))).toBeUndefined();
    expect(codedErrorData('boom')).toBeUndefined();
    expect(codedErrorData({ code: 'a.b', params: { nested: { x: 1 } } })).toEqual({ code: 'a.b', params: {} });
  });
});
