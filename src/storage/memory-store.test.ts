import { createMemoryStore } from './memory-store';
import { runReportStoreContract } from './report-store.contract';

runReportStoreContract('memory', async (env) => createMemoryStore(env));
