import { describe, expect, it } from 'vitest';
import { initialViewState } from './store';
import { changedFields, decodeView, encodeView, urlViewOf } from './url-state';

describe('changedFields (what reading the address again sets in the store)', () => {
  const current = urlViewOf({
    ...initialViewState,
    donors: ['US', 'GB'],
    kinds: ['pledge'],
    query: 'javelin',
  });

  it('sets nothing when the address says what the store holds, so equal lists keep their identity', () => {
    const again = decodeView(encodeView(current), []);
    expect(again.donors).not.toBe(current.donors);
    expect(changedFields(current, again)).toEqual({});
  });

  it('sets only the fields the address changes', () => {
    const next = decodeView(encodeView({ ...current, kinds: ['delivery'] }), []);
    expect(changedFields(current, next)).toEqual({ kinds: ['delivery'] });
  });

  it('sets a field the address drops back to its default', () => {
    const next = decodeView(encodeView({ ...current, query: '' }), []);
    expect(changedFields(current, next)).toEqual({ query: initialViewState.query });
  });
});
