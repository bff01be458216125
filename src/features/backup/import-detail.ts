import { isTable, rowNames } from '@/domain/import-issue-words';

/** readImport's detail for 'duplicate-ids', "<table>: <id>", as the kind of row listed twice. */
export function duplicatedRow(detail: string | undefined): string {
  const table = detail?.split(':')[0] ?? '';
  return isTable(table) ? rowNames[table] : 'entry';
}
