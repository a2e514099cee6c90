import { describe, expect, it } from 'vitest';
import { anchorOptions, defaultTarget, rowOf, sectionOf, toAnchor } from './anchors';

describe('comment anchors', () => {
  it('finds the row and section of a cell', () => {
    expect(rowOf('requests.denied.stateSecret.natural')).toBe('requests.denied.stateSecret');
    expect(rowOf('proactive.regulations.issued')).toBe('proactive.regulations');
    expect(rowOf('proactive.licensing')).toBe('proactive.licensing');
    expect(rowOf('appeals.reconsideration.upheld')).toBe('appeals.reconsideration');
    expect(rowOf('overview.proactive')).toBeNull();
    expect(sectionOf('requests.newReceived.natural')).toBe('requests');
    expect(sectionOf('meta.agency')).toBeNull();
  });

  it('offers every cell, row and section, and builds anchors', () => {
    expect(anchorOptions('cell', []).length).toBeGreaterThan(170);
    expect(anchorOptions('section', []).map((o) => o.value)).toContain('otherMatters');
    expect(anchorOptions('row', []).map((o) => o.value)).toContain('requests.newReceived');
    expect(defaultTarget('row', 'requests.newReceived.natural')).toBe('requests.newReceived');
    expect(toAnchor('section', 'requests', [])).toEqual({ type: 'section', key: 'requests' });
    expect(toAnchor('cell', '', [])).toBeNull();
  });
});
