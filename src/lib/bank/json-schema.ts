import { toJsonSchema } from '@valibot/to-json-schema';
import { BankSchema } from './schema';

/**
 * questions/bank.schema.json, from the same valibot schema parseBank uses. Kept apart from parse.ts so
 * the site, which only parses banks, never bundles the converter.
 */
export function bankJsonSchema(): Record<string, unknown> {
	const { $schema, title, description, ...rest } = toJsonSchema(BankSchema, {
		target: 'draft-07',
		errorMode: 'throw'
	});
	// The header first, so the file reads top-down.
	return { $schema, title, description, ...rest };
}
