// The 本级政府's name typed in the last 生成汇总报告, offered again next time: an office always
// consolidates under the same name. Kept in localStorage; a browser that refuses just forgets.

const KEY = 'nianbao-workspace-agency';

/** The name used last time, or ''. */
export function loadLastAgency(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the name for next time. */
export function saveLastAgency(agency: string): void {
  try {
    localStorage.setItem(KEY, agency);
  } catch {
    // private mode or storage disabled: nothing to remember then
  }
}
