/**
 * JSON parsing for timeline files: `JSON.parse` for a valid file; for any other, ./json-syntax.ts,
 * which reads comments and trailing commas (as in JSON pasted from JavaScript) and places every
 * syntax error as `check` places it. Nesting is bounded.
 */
import {UserError} from '../model/errors.js';
import {quoteInput} from '../text/sanitize.js';
import {lineIndex, maxDepth, readJson, tooDeepAt, tooDeepNote} from './json-syntax.js';

export {maxDepth};

/** Throws with the place of the first bracket nested deeper than `maxDepth` (see `tooDeepAt`), if there is one. */
function checkDepth(text: string, file: string): void {
	const at = tooDeepAt(text);
	if (at === -1) return;
	const {line, column} = lineIndex(text)(at);
	throw new UserError(`${file}:${line}:${column}: ${tooDeepNote}`);
}

/**
 * Whether `value`, an object or array at nesting level `depth` (the document is level 1), holds
 * one deeper than `maxDepth`. Walks only objects and arrays, so it stops at 65 levels of recursion.
 */
export function tooDeep(value: object, depth: number): boolean {
	if (depth > maxDepth) return true;
	if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index++) {
			const item: unknown = value[index];
			if (item !== null && typeof item === 'object' && tooDeep(item, depth + 1)) return true;
		}
		return false;
	}
	const record = value as Record<string, unknown>;
	for (const key in record) {
		const item = record[key];
		if (item !== null && typeof item === 'object' && tooDeep(item, depth + 1)) return true;
	}
	return false;
}

/**
 * Parses a timeline file's JSON. Comments and a comma before a closing bracket are read, each
 * noted in `allowances` as `file:line:column: what` (without the list they are read silently);
 * a syntax error is a `UserError` naming its place. Nesting is not checked (see `checkNesting`).
 */
export function parseJsonText(text: string, file: string, allowances?: string[]): unknown {
	if (text.trim() === '') throw new UserError(`${file}: empty file, expected a JSON timeline`);
	try {
		return JSON.parse(text);
	} catch (error) {
		const reading = readJson(text);
		const at = lineIndex(text);
		const place = (offset: number) => {
			const {line, column} = at(offset);
			return `${file}:${line}:${column}`;
		};
		const [first] = reading.errors;
		if (first !== undefined) throw new UserError(`${place(first.offset)}: ${first.message}`);
		if (!('value' in reading)) throw new UserError(`${place(text.length)}: invalid JSON: ${quoteInput(error instanceof Error ? error.message : String(error), 120)}`);
		for (const note of reading.allowances) allowances?.push(`${place(note.offset)}: ${note.message}`);
		return reading.value;
	}
}

/**
 * Refuses `value`, parsed from `text`, when it nests deeper than `maxDepth`, naming the place. V8's
 * JSON.parse does not recurse, so the depth is checked on the parsed value (a walk of its objects),
 * and the text scanned for the place only when too deep.
 */
export function checkNesting(value: unknown, text: string, file: string): void {
	if (value !== null && typeof value === 'object' && tooDeep(value, 1)) checkDepth(text, file);
}

/** Parses JSON as `parseJsonText` does, then refuses nesting deeper than `maxDepth` with its place. */
export function parseJson(text: string, file: string, allowances?: string[]): unknown {
	const value = parseJsonText(text, file, allowances);
	checkNesting(value, text, file);
	return value;
}
