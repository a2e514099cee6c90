import { describe, expect, it } from 'vitest';
import { gov2021, layoutTables } from '@/domain';
import { buildGridModel } from './grid-model';
import { blockBetween, cellsInBlock, moveForKey, nextCell } from './grid-navigation';

const t3 = buildGridModel(layoutTables(gov2021).table3);
const t2 = buildGridModel(layoutTables(gov2021).table2);

describe('grid navigation', () => {
  it('maps keys to moves', () => {
    expect(moveForKey('Enter', false, false)).toBe('down');
    expect(moveForKey('Enter', false, true)).toBe('up');
    expect(moveForKey('Home', true, false)).toBe('first');
    expect(moveForKey('a', false, false)).toBeNull();
  });

  it('moves right and left along a row, and stops before the computed 总计', () => {
    expect(nextCell(t3, 'requests.newReceived.natural', 'right')).toBe(
      'requests.newReceived.commercial',
    );
    expect(nextCell(t3, 'requests.newReceived.other', 'right')).toBeNull();
    expect(nextCell(t3, 'requests.newReceived.natural', 'left')).toBeNull();
  });

  it('moves down across row groups and skips the computed （七）总计 row', () => {
    expect(nextCell(t3, 'requests.partiallyGranted.research', 'down')).toBe(
      'requests.denied.stateSecret.research',
    );
    expect(nextCell(t3, 'requests.otherHandling.other.natural', 'down')).toBe(
      'requests.carriedForward.natural',
    );
    expect(nextCell(t3, 'requests.carriedForward.natural', 'down')).toBeNull();
    expect(nextCell(t3, 'requests.denied.stateSecret.natural', 'up')).toBe(
      'requests.partiallyGranted.natural',
    );
  });

  it('goes to the row ends and the table ends', () => {
    expect(nextCell(t3, 'requests.granted.research', 'rowStart')).toBe('requests.granted.natural');
    expect(nextCell(t3, 'requests.granted.research', 'rowEnd')).toBe('requests.granted.other');
    expect(nextCell(t3, 'requests.granted.research', 'first')).toBe('requests.newReceived.natural');
    expect(nextCell(t3, 'requests.granted.research', 'last')).toBe('requests.carriedForward.other');
  });

  it('moves down through table 2 blocks over caption rows and merged cells', () => {
    expect(nextCell(t2, 'proactive.normativeDocuments.issued', 'down')).toBe('proactive.licensing');
    expect(nextCell(t2, 'proactive.licensing', 'down')).toBe('proactive.punishment');
    expect(nextCell(t2, 'proactive.normativeDocuments.inForce', 'down')).toBe(
      'proactive.licensing',
    );
    expect(nextCell(t2, 'proactive.licensing', 'up')).toBe('proactive.normativeDocuments.issued');
  });

  it('lists the cells of a block between two corners', () => {
    const block = blockBetween(
      t3,
      'requests.newReceived.natural',
      'requests.carriedOver.commercial',
    );
    expect(block && cellsInBlock(t3, block).map((c) => c.path)).toEqual([
      'requests.newReceived.natural',
      'requests.newReceived.commercial',
      'requests.carriedOver.natural',
      'requests.carriedOver.commercial',
    ]);
  });
});
