import { describe, expect, it } from 'vitest';
import { formatDuration, originText } from '../../../lib/run-format.ts';

describe('formatDuration', () => {
  it('reads as a person would say it', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(3_240)).toBe('3.2 s');
    expect(formatDuration(42_700)).toBe('43 s');
    expect(formatDuration(245_000)).toBe('4 min 5 s');
    expect(formatDuration(7_380_000)).toBe('2 h 3 min');
  });
});

describe('originText', () => {
  it('says who started a run, with the trigger it came from', () => {
    expect(originText({ origin: 'app', createdBy: null })).toBe('This app');
    expect(originText({ origin: 'api', createdBy: null })).toBe('The API');
    expect(originText({ origin: 'mcp', createdBy: null })).toBe('An agent (MCP)');
    expect(originText({ origin: 'trigger', createdBy: 'trigger:Follow up' })).toBe('A trigger (Follow up)');
  });
});
