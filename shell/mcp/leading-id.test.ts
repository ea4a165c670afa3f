import { describe, expect, it } from 'vitest';
import { readLeadingId } from './leading-id.js';

describe('readLeadingId', () => {
  it('reads a top-level id before the damage, whatever comes after', () => {
    expect(readLeadingId('{"jsonrpc":"2.0","id":4,"method":"tools/li')).toEqual({
      id: 4,
      damage: 'truncated',
    });
    expect(readLeadingId('{"jsonrpc":"2.0","id":"a b","method":"ping"}\u0000')).toEqual({
      id: 'a b',
      damage: 'trailing',
      at: 44,
    });
    expect(readLeadingId('{ "id" : 3 , "params": {"x": [1, "}"]}, "method": ')).toMatchObject({ id: 3 });
  });

  it('never takes an id cut short, inside params, duplicated, unsafe or of another type', () => {
    expect(readLeadingId('{"jsonrpc":"2.0","id":12')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"jsonrpc":"2.0","id":"ab')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"method":"x","params":{"id":5},"jsonrpc":"2.')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"method":"x","params":{"id":5,')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"id":1,"id":2,"method":"x')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"id":99999999999999999999999999,"m')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"id":null,"m')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('{"id":{"a":1},"m')).toEqual({ damage: 'truncated' });
    expect(readLeadingId('hello {"id":1,')).toEqual({});
    expect(readLeadingId('[{"id":1},')).toEqual({});
    expect(readLeadingId('{"x":"a\u0001b","id":1,')).toEqual({});
  });
});
