import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup-name';

describe('backupFileName', () => {
  it('names the file by local date and time', () => {
    expect(backupFileName(new Date(2026, 0, 5, 8, 3))).toBe('年度报告备份-20260105-0803.json');
  });
});
