/**
 * zod's generic messages (a wrong type, a list too short) in Indonesian, for the officials who read
 * them. Handed to each parse whose issues an author sees, never set with z.config: importing a
 * schema changes nothing else in the process.
 */
import { z } from 'astro/zod';

export const indonesianErrors: z.core.$ZodErrorMap = z.locales.id().localeError;
