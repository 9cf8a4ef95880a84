/**
 * Line and column for a key path, from a JSON parser that keeps positions (jsonc-parser). Loaded
 * only when a file has a problem to place: a valid file is read by JSON.parse alone, and other
 * commands never load this (it is its own file in the build, dist/locate.cjs).
 */
import {findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';
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
	const errors: ParseError[] = [];
	parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
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
		const message = comma === undefined ? (single ? 'strings take double quotes, not single' : (syntaxMessages[code] ?? code)) : `a comma before a closing ${text[error.offset] === '}' ? 'brace' : 'bracket'} is not allowed`;
		problems.push({file, ...at(comma ?? error.offset), severity: 'error', rule: 'syntax', message: `invalid JSON: ${message}`});
	}
	return problems;
}

/** The node a path leads to, or the nearest one on the way there (a missing field is placed at its object). */
function nearest(root: Node, path: KeyPath): Node {
	for (let length = path.length; length > 0; length--) {
		const node = findNodeAtLocation(root, path.slice(0, length));
		if (node) return node;
	}
	return root;
}

/** Places findings in a text that parses: each at its value, or at the property name for an unknown field. */
export function placeFindings(text: string, file: string, findings: Finding[]): Problem[] {
	const root = parseTree(text, [], {disallowComments: true});
	const at = lineIndex(text);
	return findings.map(({path, target, ...rest}) => {
		const node = root ? nearest(root, path) : undefined;
		// A property's name is the first child of its property node.
		const placed = node && target === 'key' && node.parent?.type === 'property' ? node.parent.children?.[0] ?? node : node;
		return {file, ...at(placed?.offset ?? 0), ...rest};
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
