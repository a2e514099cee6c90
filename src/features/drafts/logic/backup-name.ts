/** The file name of a backup made at `date` (local date), e.g. 年度报告备份-20261126-1403.json. */
export function backupFileName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}`;
  return `年度报告备份-${day}-${two(date.getHours())}${two(date.getMinutes())}.json`;
}
