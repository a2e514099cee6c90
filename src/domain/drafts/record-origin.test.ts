import { describe, expect, it } from 'vitest';
import { consolidatedAgenciesOf, readConsolidation, readOrigin } from './record-origin';
import { readRecordFields } from './record-fields';

describe('readOrigin', () => {
  it('reads the format and the time received, and drops what cannot be read', () => {
    const origin = {
      format: 'pdf',
      receivedAt: '2025-01-20T08:00:00.000Z',
      modifiedAt: '2025-01-18T08:00:00.000Z',
    };
    expect(readOrigin(origin)).toEqual(origin);
    expect(readOrigin({ format: 'text', receivedAt: 'yesterday' })).toEqual({
      format: 'text',
      receivedAt: null,
      modifiedAt: null,
    });
    expect(readOrigin({ receivedAt: '2025-01-20T08:00:00.000Z' })).toBeNull();
    expect(readOrigin(undefined)).toBeNull();
  });
});

describe('readConsolidation', () => {
  it('keeps readable sources and contributions, and drops damaged ones', () => {
    const raw = {
      sources: [
        { key: 'a', agency: '甲局', year: 2024, contentKey: 'k', errors: 2, warnings: 'x' },
        { key: 'b', agency: '乙局', year: '2024', contentKey: 'k' },
      ],
      contributions: {
        'proactive.licensing': [{ agency: '甲局', value: 3 }, { agency: '乙局' }],
        'proactive.punishment': 'damaged',
      },
      includedWithErrors: ['甲局', 7],
    };
    expect(readConsolidation(raw)).toEqual({
      sources: [{ key: 'a', agency: '甲局', year: 2024, contentKey: 'k', errors: 2, warnings: 0 }],
      contributions: { 'proactive.licensing': [{ agency: '甲局', value: 3 }] },
      includedWithErrors: ['甲局'],
    });
    expect(readConsolidation(null)).toBeNull();
    expect(readConsolidation({ contributions: {} })).toBeNull();
  });

  it('gives records of older releases neither origin nor consolidation', () => {
    const fields = readRecordFields({ id: 'r', document: {} });
    expect(fields.ok && [fields.record.origin, fields.record.consolidation]).toEqual([null, null]);
  });
});

describe('consolidatedAgenciesOf', () => {
  it('counts the agencies inside a source that is itself a 汇总, each once', () => {
    const source = (agency: string, inside?: string[]) => ({
      key: agency,
      agency,
      year: 2024,
      contentKey: 'k',
      errors: 0,
      warnings: 0,
      ...(inside ? { consolidatedAgencies: inside } : {}),
    });
    const c = {
      sources: [source('甲区', ['甲区教育局']), source('乙局'), source('丙区', ['乙局'])],
      contributions: {},
      includedWithErrors: [],
    };
    expect(consolidatedAgenciesOf(c)).toEqual(['甲区', '甲区教育局', '乙局', '丙区']);
    expect(consolidatedAgenciesOf(null)).toBeNull();
  });
});
