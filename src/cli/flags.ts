/**
 * The npm scripts' command lines: each command states its flags once, as a zod object; Node's
 * parseArgs splits the words by it, and the same schema checks them and gives their type. What an
 * author reads is Indonesian (Node's own messages are English).
 */
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { indonesianErrors } from '../schemas/messages.ts';

/** What the author typed cannot be used: the message says what to write instead. */
export class UserError extends Error {}

/** parseArgs' option for a flag, read from its schema: a boolean is a switch, a list may repeat, anything else takes a value. */
function optionOf(schema: z.ZodType): { type: 'string' | 'boolean'; multiple?: true } {
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  if (inner instanceof z.ZodBoolean) return { type: 'boolean' };
  if (inner instanceof z.ZodArray) return { type: 'string', multiple: true };
  return { type: 'string' };
}

/**
 * Reads `args` (process.argv without node and the script) against `flags`; words that are not flags
 * come back as `positionals`, at most `maxPositionals` of them. Throws UserError.
 */
export function readFlags<Shape extends z.ZodRawShape>(
  args: readonly string[],
  flags: z.ZodObject<Shape>,
  { maxPositionals = 0, short = {} }: { maxPositionals?: number; short?: Partial<Record<keyof Shape & string, string>> } = {},
): { flags: z.infer<z.ZodObject<Shape>>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(flags.shape).map(([name, schema]) => [name, { ...optionOf(schema as z.ZodType), ...(short[name as keyof Shape & string] ? { short: short[name as keyof Shape & string] } : {}) }]));
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const option = /'([^']+)'/.exec(message)?.[1] ?? '';
    throw new UserError(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `opsi tidak dikenal: ${option}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `opsi ${option.split(' ')[0]} perlu nilai, mis. --date 2021-06`
          : `perintah tidak terbaca: ${message}`,
    );
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) throw new UserError(`kata tak terduga: ${extra}; nilai yang berisi spasi ditulis dalam tanda kutip, mis. --title "Judul kunjungan"`);
  const result = flags.safeParse(parsed.values, { error: indonesianErrors });
  if (!result.success) throw new UserError(result.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return { flags: result.data, positionals: parsed.positionals };
}

/**
 * `value` checked by one of the schemas' own field types (a status, a date, a slug): the value as the
 * schema returns it, or UserError with `message` (which names the flag and how to write it).
 */
export function flagValue<T extends z.ZodType>(schema: T, value: unknown, message: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError(message);
  return result.data;
}
