import { describe, expect, it } from 'vitest';
import { completeReference, referenceAtCaret } from './reference-at-caret.ts';

describe('completing column references in a prompt', () => {
  it('finds the reference being typed, and none after a closed or doubled brace', () => {
    expect(referenceAtCaret('Rate {feed', 10)).toEqual({ start: 5, query: 'feed' });
    expect(referenceAtCaret('Rate {feedback} now', 19)).toBeUndefined();
    expect(referenceAtCaret('JSON like {{a', 13)).toBeUndefined();
    expect(referenceAtCaret('{{{fe', 5)).toEqual({ start: 2, query: 'fe' });
  });

  it('replaces the typed part with the full name and puts the caret after it', () => {
    const text = 'Rate {fee} please';
    const reference = referenceAtCaret(text, 9);
    expect(reference).toBeDefined();
    expect(completeReference(text, reference!, 9, 'feedback')).toEqual({
      text: 'Rate {feedback} please',
      caret: 15,
    });
  });
});
