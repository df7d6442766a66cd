// The quarter as a schema, apart from period.ts so pure period rules load without zod.
import { z } from 'zod';

export const quarterSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
