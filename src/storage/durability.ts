// Making browser storage as durable as it can be, and explaining its failures in Chinese.
// IndexedDB is best-effort (pitfalls.md item 6): browsers evict it, private windows refuse it,
// a newer app version in another tab closes it. No React and no Dexie here: errors are matched
// by name, which Dexie errors and DOMExceptions both carry.

/** The parts of `navigator.storage` used here (injectable for tests). */
export type StorageManagerLike = {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
};

/** The outcome of asking for persistent storage. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

/** Usage and quota in bytes. */
export type StorageUse = { usage: number; quota: number };

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser not to evict our data (`navigator.storage.persist()`); the app shows the result. */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    // Ask only once: Firefox shows a prompt for every persist() call.
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

/** How much storage is used and available, or null when the browser does not say. */
export async function estimateStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageUse | null> {
  try {
    const e = await storage?.estimate?.();
    if (e?.usage === undefined || e.quota === undefined) return null;
    return { usage: e.usage, quota: e.quota };
  } catch {
    return null;
  }
}

const EXPORT_FIRST = '为防丢失，请先使用“导出”保存报告文件或备份。';

const MESSAGES: Record<string, string> = {
  QuotaExceededError: `浏览器的存储空间已满，本次修改未能保存。${EXPORT_FIRST}然后清理回收站或浏览器中其他网站的数据后重试。`,
  InvalidStateError: `浏览器不允许本网页保存数据（可能处于无痕/隐私浏览模式，或禁用了网站数据）。请在普通窗口中打开本程序；${EXPORT_FIRST}`,
  MissingAPIError: `浏览器不允许本网页保存数据（可能处于无痕/隐私浏览模式，或禁用了网站数据）。请在普通窗口中打开本程序；${EXPORT_FIRST}`,
  SecurityError: `浏览器的安全设置禁止本网页保存数据（例如禁用了 Cookie 和网站数据）。请允许本网站保存数据；${EXPORT_FIRST}`,
  DatabaseClosedError: `本地数据库连接已关闭（可能已在另一个标签页打开了新版本）。${EXPORT_FIRST}然后刷新本页面。`,
  VersionError: `已在另一个标签页打开了新版本的本程序，本页面是旧版本，无法继续保存。${EXPORT_FIRST}然后刷新本页面。`,
};

const DISK = `浏览器无法打开本地数据库（磁盘空间不足，或浏览器配置文件损坏）。${EXPORT_FIRST}然后释放磁盘空间并重启浏览器。`;

/** The error and the errors it wraps (Dexie's `inner`, standard `cause`), outermost first. */
function chain(e: unknown): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  let current: unknown = e;
  while (typeof current === 'object' && current !== null && out.length < 5) {
    const { name, message, inner, cause } = current as Record<string, unknown>;
    out.push({ name: typeof name === 'string' ? name : '', message: String(message ?? '') });
    current = inner ?? cause;
  }
  return out;
}

/** A Chinese explanation of a storage failure, with what the user should do. */
export function describeStorageError(e: unknown): string {
  const errors = chain(e);
  const first = errors[0];
  if (first && (first.name === 'StoreError' || first.name === 'ConflictError'))
    return first.message;
  for (const { name, message } of errors) {
    const known = MESSAGES[name];
    if (known) return known;
    if (/full disk|backing store/i.test(message)) return DISK;
  }
  const what = first ? `${first.name || '错误'}：${first.message}` : String(e);
  return `保存数据时出错（${what}）。${EXPORT_FIRST}然后刷新页面重试。`;
}
