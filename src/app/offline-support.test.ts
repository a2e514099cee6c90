import { describe, expect, it } from 'vitest';
import { shouldSayNoOffline, type OfflineEnv } from './offline-support';

const stored = (value: string | null): OfflineEnv['storage'] => ({ getItem: () => value });
const withWorker = { serviceWorker: {} } as unknown as OfflineEnv['navigator'];

describe('saying that the app cannot work offline', () => {
  it('says nothing where a service worker can keep the app (HTTPS, localhost)', () => {
    expect(shouldSayNoOffline({ navigator: withWorker, storage: stored(null) })).toBe(false);
  });

  it('says it over plain HTTP until it has been read once', () => {
    expect(shouldSayNoOffline({ navigator: {}, storage: stored(null) })).toBe(true);
    expect(shouldSayNoOffline({ navigator: {}, storage: stored('1') })).toBe(false);
    expect(shouldSayNoOffline({ navigator: {}, storage: undefined })).toBe(true);
  });
});
