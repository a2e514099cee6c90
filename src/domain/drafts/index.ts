// Drafts: stored report records, backups and carrying figures into the next year (pure).
export * from './record';
export * from './record-fields';
export * from './content-key';
export * from './backup';
export * from './merge-backup';
export * from './carry-forward';
export * from './record-acks';
export * from './record-review';
export * from './record-origin';
