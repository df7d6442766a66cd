// The client's one door to zod, always opened with a dynamic import(): zod (~26 kB gzip) and the
// contract's schemas are only needed once a response arrives, so they stay out of the first load
// (docs/performance.md; test/e2e/bundle-size.spec.ts holds the budget). Jitless before any parse.
import './lib/zod-jitless';

export { sessionInfoSchema } from '../api/auth';
export { errorEnvelopeSchema } from '../api/errors';
export { historyResponseSchema } from '../api/history';
export { entityRowSchemas, pullResponseSchema, pushResponseSchema } from '../api/sync';
