// Bundled into the zod chunk (vite.config.ts), so it runs as soon as zod loads; reached through
// lazy-schemas.ts. zod 4 probes `Function('')` to compile fast parsers; under the server's
// Content-Security-Policy (no 'unsafe-eval') that probe is a reported CSP violation.
// Jitless parsing is fast enough for the client's payloads and keeps the console clean.
import { z } from 'zod';

z.config({ jitless: true });
