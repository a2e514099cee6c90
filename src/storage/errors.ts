// Typed failures of the storage port, with Chinese messages the UI can show as they are.

/** Why a store operation failed. */
export type StoreErrorCode =
  | 'not-found'
  | 'exists'
  | 'conflict'
  | 'not-in-trash'
  | 'unreadable'
  | 'invalid-document'
  | 'backup-refused';

/** A store operation that was refused; nothing was changed. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A save whose expected rev is not the stored one: another tab or an import changed the report. */
export class ConflictError extends StoreError {
  override readonly name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly expectedRev: number,
    readonly actualRev: number,
  ) {
    super(
      'conflict',
      `这份报告已在其他标签页或通过导入被修改（版本 ${actualRev}，本页为版本 ${expectedRev}），本次修改未保存。请重新打开报告后再编辑。`,
    );
  }
}

/** The refusal for an unknown report id. */
export function notFound(id: string): StoreError {
  return new StoreError('not-found', `找不到报告 ${id}，它可能已被彻底删除。`);
}
