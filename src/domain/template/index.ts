export type * from './types';
export { gov2021 } from './gov-2021';
export * from './cells';
