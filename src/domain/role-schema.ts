// The role as a schema, apart from role.ts so permission rules load without zod.
import { z } from 'zod';
import { roles } from './role';

export const roleSchema = z.enum(roles);
