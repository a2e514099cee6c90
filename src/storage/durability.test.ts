import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, estimateStorage, requestPersistence } from './durability';
import { ConflictError } from './errors';

describe('requestPersistence', () => {
  it('reports what the browser granted', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe('persisted');
    expect(await requestPersistence({ persist: async () => false })).toBe('not-persisted');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });

  it('does not ask again when already persisted, and survives a throwing browser', async () => {
    let asked = 0;
    const granted = { persisted: async () => true, persist: async () => !!++asked };
    expect(await requestPersistence(granted)).toBe('persisted');
    expect(asked).toBe(0);
    const failing = { persist: () => Promise.reject(new Error('nope')) };
    expect(await requestPersistence(failing)).toBe('not-persisted');
  });
});

describe('estimateStorage', () => {
  it('returns usage and quota, or null when unknown', async () => {
    const storage = { estimate: async () => ({ usage: 10, quota: 100 }) };
    expect(await estimateStorage(storage)).toEqual({ usage: 10, quota: 100 });
    expect(await estimateStorage({ estimate: async () => ({}) })).toBeNull();
    expect(await estimateStorage(undefined)).toBeNull();
  });
});

describe('describeStorageError', () => {
  const dom = (name: string) => new DOMException('raw', name);

  it('explains quota, private mode, closed database and a newer version in Chinese', () => {
    expect(describeStorageError(dom('QuotaExceededError'))).toMatch('存储空间已满');
    expect(describeStorageError(dom('InvalidStateError'))).toMatch('无痕/隐私浏览模式');
    expect(describeStorageError(new Dexie.MissingAPIError())).toMatch('无痕/隐私浏览模式');
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch('数据库连接已关闭');
    expect(describeStorageError(new Dexie.VersionError('x'))).toMatch(
      '已在另一个标签页打开了新版本',
    );
    for (const name of ['QuotaExceededError', 'VersionError']) {
      expect(describeStorageError(dom(name))).toMatch('请先使用“导出”');
    }
  });

  it('looks inside wrapped errors (a transaction aborted because the disk is full)', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError'));
    expect(describeStorageError(aborted)).toMatch('存储空间已满');
    const chromium = new Dexie.OpenFailedError(
      new Dexie.UnknownError(
        'Encountered full disk while opening backing store for indexedDB.open.',
      ),
    );
    expect(describeStorageError(chromium)).toMatch('磁盘空间不足');
  });

  it('passes store messages through and names anything else', () => {
    expect(describeStorageError(new ConflictError('a', 1, 2))).toMatch('已在其他标签页');
    expect(describeStorageError(new TypeError('boom'))).toMatch(
      '保存数据时出错（TypeError：boom）',
    );
    expect(describeStorageError('weird')).toMatch('保存数据时出错（weird）');
  });
});
