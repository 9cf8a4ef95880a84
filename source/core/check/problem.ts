/** One problem `check` reports, and its two printed forms: a compiler-style line and a JSON object. */
import {sanitize} from '../text/sanitize.js';

export type Severity = 'error' | 'warning';

/** A key path into the JSON document: `['events', 3, 'date', 'value']`. */
export type KeyPath = Array<string | number>;

/** A problem found in a parsed document, placed by key path; `check` turns the path into a line and column. */
export type Finding = {
	path: KeyPath;
	/** `key` points at a property's name (an unknown field), `value` at its value. */
	target?: 'key' | 'value';
	severity: Severity;
	rule: string;
	message: string;
};

/** A problem placed in its file. Line and column count from 1; the column counts UTF-16 code units, as editors do. */
export type Problem = {
	file: string;
	line: number;
	column: number;
	/** In a sheet, the column by its letter and header (`B (Month)`), printed in place of the number; `line` is then the sheet's row. */
	columnName?: string;
	severity: Severity;
	rule: string;
	message: string;
};

/** `file:line:column: error: message (rule)`, with anything taken from the file made inert. */
export function problemLine(problem: Problem): string {
	return `${sanitize(problem.file)}:${problem.line}:${problem.columnName === undefined ? problem.column : sanitize(problem.columnName)}: ${problem.severity}: ${sanitize(problem.message)} (${problem.rule})`;
}

/** Errors before warnings would hide the order of the file: problems go in file order, as a compiler lists them. */
export function byPosition(a: Problem, b: Problem): number {
	return a.file === b.file ? a.line - b.line || a.column - b.column : 0;
}

/** `events[3].date.value` from a key path, for messages. */
export function pathText(path: KeyPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? (out === '' ? key : `.${key}`) : `[${JSON.stringify(key.slice(0, 40))}]`;
	}
	return out === '' ? '(top level)' : out;
}

/** `events[3].date`, `["a b"]` or `(top level)` back to keys. Undefined when the text is not such a path. */
export function parsePath(text: string): KeyPath | undefined {
	if (text === '(top level)') return [];
	const keys: KeyPath = [];
	const step = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|(?:^|\.)([A-Za-z_$][\w$-]*)/y;
	let at = 0;
	while (at < text.length) {
		step.lastIndex = at;
		const match = step.exec(text);
		if (!match) return undefined;
		keys.push(match[1] === undefined ? (match[2] === undefined ? match[3]! : (JSON.parse(match[2]) as string)) : Number(match[1]));
		at = step.lastIndex;
	}
	return keys;
}
