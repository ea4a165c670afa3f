import { describe, expect, it } from 'vitest';
import { CartridgeError, ConflictError, FaztError, NotFoundError, UsageError } from './errors.js';

describe('typed errors', () => {
  it('each class has a kind, a default code, and an isInstance that tells the classes apart', () => {
    const errors = [
      new UsageError('bad'),
      new NotFoundError('none'),
      new ConflictError('taken'),
      new CartridgeError('broken'),
    ];
    expect(errors.map((error) => [error.name, error.kind, error.code])).toEqual([
      ['UsageError', 'invalid_input', 'usage'],
      ['NotFoundError', 'not_found', 'not_found'],
      ['ConflictError', 'conflict', 'conflict'],
      ['CartridgeError', 'failed', 'cartridge'],
    ]);
    expect(errors.every((error) => FaztError.isInstance(error))).toBe(true);
    expect(errors.map((error) => NotFoundError.isInstance(error))).toEqual([false, true, false, false]);
    expect(errors.map((error) => UsageError.isInstance(error))).toEqual([true, false, false, false]);
    expect(FaztError.isInstance(new Error('plain'))).toBe(false);
    expect(FaztError.isInstance(null)).toBe(false);
  });

  it('isInstance works across copies of the module (a marker, not instanceof)', () => {
    const copy = Object.assign(new Error('from another bundle'), {
      [Symbol.for('fazt.error')]: true,
      [Symbol.for('fazt.error.not_found')]: true,
    });
    expect(NotFoundError.isInstance(copy)).toBe(true);
    expect(ConflictError.isInstance(copy)).toBe(false);
  });

  it('a detailed code is kept beside the kind', () => {
    const error = new NotFoundError('There is no token named "x".', { code: 'token_unknown' });
    expect([error.kind, error.code]).toEqual(['not_found', 'token_unknown']);
  });
});
