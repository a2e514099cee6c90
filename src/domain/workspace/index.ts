// The office workspace (汇总工作台): roster matching, key figures, received-file lines (pure).
export * from './roster';
export * from './summary';
export * from './receive';
