/**
 * Line and column for a key path, from a JSON parser that keeps positions (jsonc-parser). Loaded
 * only when a file has a problem to place: a valid file is read by JSON.parse alone, and other
 * commands never load this (it is its own file in the build, dist/locate.cjs).
 */
import {printParseErrorCode, visit, type ParseErrorCode} from 'jsonc-parser';
import {parsePath, type Finding, type KeyPath, type Problem} from './problem.js';

/** Turns character offsets into lines and columns, from 1. */
function lineIndex(text: string): (offset: number) => {line: number; column: number} {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return offset => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return {line: low + 1, column: offset - starts[low]! + 1};
	};
}

/** What the parser says, as a person would put it. */
const syntaxMessages: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'invalid number',
	PropertyNameExpected: 'expected a property name in double quotes',
	ValueExpected: 'expected a value',
	ColonExpected: 'expected a colon after the property name',
	CommaExpected: 'expected a comma between items',
	CloseBraceExpected: 'expected a closing brace }',
	CloseBracketExpected: 'expected a closing bracket ]',
	EndOfFileExpected: 'unexpected text after the end of the JSON value',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'string not closed',
	UnexpectedEndOfNumber: 'invalid number',
	InvalidUnicode: 'invalid \\u escape',
	InvalidEscapeCharacter: 'invalid escape in a string',
	InvalidCharacter: 'control character in a string (write it as an escape, such as \\n)',
};

/** A comma right before `}` or `]` at `offset` (the usual slip): where the comma is, else undefined. */
function trailingComma(text: string, offset: number): number | undefined {
	if (text[offset] !== '}' && text[offset] !== ']') return undefined;
	let before = offset - 1;
	while (before >= 0 && /\s/.test(text[before]!)) before--;
	return text[before] === ',' ? before : undefined;
}

/**
 * Every syntax error in a JSON text, not only the first; the parser recovers and goes on. One
 * mistake can upset the parser several times at one place: each place is reported once.
 */
export function syntaxProblems(text: string, file: string): Problem[] {
	const errors: Array<{error: ParseErrorCode; offset: number}> = [];
	visit(text, {onError: (error, offset) => errors.push({error, offset})}, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
	const at = lineIndex(text);
	const seen = new Set<number>();
	// After an unexpected character the parser stumbles over the rest of its line: the line's first error is the one to fix.
	let skipLine = 0;
	const problems: Problem[] = [];
	for (const error of errors) {
		const {line} = at(error.offset);
		if (seen.has(error.offset) || line === skipLine) continue;
		seen.add(error.offset);
		const comma = trailingComma(text, error.offset);
		const code = printParseErrorCode(error.error);
		if (code === 'InvalidSymbol') skipLine = line;
		const single = code === 'InvalidSymbol' && text[error.offset] === "'";
		const message =
			comma === undefined
				? single
					? 'strings take double quotes, not single'
					: (syntaxMessages[code] ?? code)
				: `a comma before a closing ${text[error.offset] === '}' ? 'brace' : 'bracket'} is not allowed`;
		problems.push({file, ...at(comma ?? error.offset), severity: 'error', rule: 'syntax', message: `invalid JSON: ${message}`});
	}
	return problems;
}

/** A key path as one string, for looking up: keys joined by a character no key in a timeline holds. */
const pathKey = (path: KeyPath): string => path.map(key => `\u0000${key}`).join('');

type Frame = {array: boolean; path: string; key: string | number};

/**
 * Where each of the `wanted` paths starts in `text`: its value, and (under `PATH\u0001`) its
 * property name. One pass of the parser's event visitor, which builds no tree: about four times
 * faster than parsing to a tree on a large file. A key given twice is placed at the last, the
 * one JSON.parse keeps.
 */
function offsets(text: string, wanted: ReadonlySet<string>): Map<string, number> {
	const found = new Map<string, number>();
	const stack: Frame[] = [];
	const valueAt = (offset: number): string => {
		const top = stack.at(-1);
		const path = top === undefined ? '' : `${top.path}\u0000${top.key}`;
		if (wanted.has(path)) found.set(path, offset);
		return path;
	};
	visit(
		text,
		{
			onObjectBegin: offset => void stack.push({array: false, path: valueAt(offset), key: ''}),
			onArrayBegin: offset => void stack.push({array: true, path: valueAt(offset), key: 0}),
			onObjectEnd: () => void stack.pop(),
			onArrayEnd: () => void stack.pop(),
			onLiteralValue: (_, offset) => void valueAt(offset),
			onObjectProperty(name, offset) {
				const top = stack.at(-1)!;
				top.key = name;
				const path = `${top.path}\u0000${name}\u0001`;
				if (wanted.has(path)) found.set(path, offset);
			},
			onSeparator(separator) {
				const top = stack.at(-1);
				if (separator === ',' && top?.array) top.key = (top.key as number) + 1;
			},
		},
		{disallowComments: true},
	);
	return found;
}

/**
 * Places findings in a text that parses: each at its value, at the property name for an unknown
 * field, or, for a missing field, at the object that lacks it (the nearest place on its path).
 */
export function placeFindings(text: string, file: string, findings: Finding[]): Problem[] {
	const wanted = new Set<string>();
	for (const {path, target} of findings) {
		for (let length = 0; length <= path.length; length++) wanted.add(pathKey(path.slice(0, length)));
		if (target === 'key') wanted.add(`${pathKey(path)}\u0001`);
	}
	const found = offsets(text, wanted);
	const at = lineIndex(text);
	return findings.map(({path, target, ...rest}) => {
		let offset = target === 'key' ? found.get(`${pathKey(path)}\u0001`) : undefined;
		for (let length = path.length; offset === undefined && length >= 0; length--) offset = found.get(pathKey(path.slice(0, length)));
		return {file, ...at(offset ?? 0), ...rest};
	});
}

/**
 * A loader message `FILE: PATH: message` with the line and column of PATH in `text`:
 * `FILE:LINE:COLUMN: PATH: message`. Given back unchanged when it names no path.
 */
export function withPosition(message: string, file: string, text: string): string {
	if (!message.startsWith(`${file}: `)) return message;
	const rest = message.slice(file.length + 2);
	const colon = rest.indexOf(': ');
	const path = colon === -1 ? undefined : parsePath(rest.slice(0, colon));
	if (path === undefined || path.length === 0) return message;
	const unknownField = rest.slice(colon + 2).startsWith('unknown field');
	const [placed] = placeFindings(text, file, [{path, target: unknownField ? 'key' : 'value', severity: 'error', rule: '', message: ''}]);
	return placed ? `${file}:${placed.line}:${placed.column}: ${rest}` : message;
}
