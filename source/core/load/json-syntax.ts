/**
 * JSON that `JSON.parse` refuses, read by jsonc-parser, which keeps positions and goes on after an
 * error: the one reader of a text with a syntax problem, for the loader and for `check`, so both
 * name the same place with the same words. Its own file (dist/json-syntax.cjs in the build,
 * required on first use): a valid file never loads it.
 *
 * A TimelineJS file pasted out of a web page's JavaScript holds what JavaScript allows and JSON
 * does not: `//` and block comments, a comma before a closing bracket. Those are read, each with a
 * note of where it is (`allowances`); anything else is a syntax error, every one with its place.
 */
import {printParseErrorCode, visit, type ParseErrorCode} from 'jsonc-parser';
import {quoteInput} from '../text/sanitize.js';

/** A place in the text and what is there. */
export type SyntaxNote = {offset: number; message: string};

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
	InvalidCommentToken: 'comment not closed',
	UnexpectedEndOfComment: 'comment not closed',
	UnexpectedEndOfString: 'string not closed',
	UnexpectedEndOfNumber: 'invalid number',
	InvalidUnicode: 'invalid \\u escape',
	InvalidEscapeCharacter: 'invalid escape in a string',
	InvalidCharacter: 'control character in a string (write it as an escape, such as \\n)',
};

export const commentNote = 'a comment, which JSON does not allow; read as JavaScript would';
export const trailingCommaNote = 'a comma before a closing bracket, which JSON does not allow; read as JavaScript would';

/** Line and column (from 1) of a character offset; columns count UTF-16 code units, as editors do. */
export function lineIndex(text: string): (offset: number) => {line: number; column: number} {
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

/** The first control character from `from` (a string's opening quote) on, or `from` when there is none. */
function controlCharacter(text: string, from: number): number {
	const found = /[\u0000-\u001f]/.exec(text.slice(from + 1, from + 1 + 100_000));
	return found === null ? from : from + 1 + found.index;
}

/** What reading a text gives: its syntax errors, what was read though JSON does not allow it, and the value when there is no error. */
/** Deeper nesting than any timeline needs is refused. */
export const maxDepth = 64;
export const tooDeepNote = `nesting deeper than ${maxDepth} levels`;

/** Where the string opening at `open` ends (its closing quote), or -1 if it does not. */
function stringEnd(text: string, open: number): number {
	let close = text.indexOf('"', open + 1);
	for (;;) {
		if (close === -1) return -1;
		// A quote after an odd number of backslashes is escaped.
		let slashes = 0;
		while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes++;
		if (slashes % 2 === 0) return close;
		close = text.indexOf('"', close + 1);
	}
}

/**
 * Where the first bracket nested deeper than `maxDepth` outside strings is, or -1. Strings are
 * skipped with indexOf: most of a timeline's text is inside them. Over a 200 MB file the scan costs
 * a third of a second, so it runs only when the nesting is known or likely to be too deep.
 */
export function tooDeepAt(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) {
			i = stringEnd(text, i);
			if (i === -1) return -1;
		} else if (c === 0x7b || c === 0x5b) {
			if (++depth > maxDepth) return i;
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return -1;
}

export type JsonReading = {errors: SyntaxNote[]; allowances: SyntaxNote[]; value?: unknown};

/**
 * Reads a JSON text leniently. Errors are every syntax error, not only the first (the parser
 * recovers and goes on), each place once; after an unexpected character the parser stumbles
 * over the rest of its line, so only the line's first is kept.
 */
export function readJson(text: string): JsonReading {
	const raw: Array<{error: ParseErrorCode; offset: number}> = [];
	const allowances: SyntaxNote[] = [];
	// What JSON.parse is not to see: each comment's offset and length, and each trailing comma.
	const blanks: Array<[number, number]> = [];
	// The comma just read, until something other than a comment follows it.
	let comma: number | undefined;
	const closing = () => {
		if (comma !== undefined) {
			allowances.push({offset: comma, message: trailingCommaNote});
			blanks.push([comma, 1]);
		}
		comma = undefined;
	};
	const other = () => {
		comma = undefined;
	};
	// The parser recurses once per level: text nested thousands deep would overflow the stack, so nesting deeper than a timeline's limit is the error.
	const deep = tooDeepAt(text);
	if (deep !== -1) return {errors: [{offset: deep, message: tooDeepNote}], allowances: []};
	visit(
		text,
		{
			onError: (error, offset) => raw.push({error, offset}),
			onComment: (offset, length) => {
				allowances.push({offset, message: commentNote});
				blanks.push([offset, length]);
			},
			onSeparator: (separator, offset) => {
				comma = separator === ',' ? offset : undefined;
			},
			onObjectEnd: closing,
			onArrayEnd: closing,
			onObjectBegin: other,
			onArrayBegin: other,
			onObjectProperty: other,
			onLiteralValue: other,
		},
		{disallowComments: false, allowTrailingComma: true, allowEmptyContent: false},
	);
	const lines = lineIndex(text);
	const seen = new Set<number>();
	let skipLine = 0;
	const errors: SyntaxNote[] = [];
	for (const {error, offset: reported} of raw) {
		// The parser places a control character in a string at the string's start: the character itself is the place to fix.
		const offset = printParseErrorCode(error) === 'InvalidCharacter' ? controlCharacter(text, reported) : reported;
		const {line} = lines(offset);
		if (seen.has(offset) || line === skipLine) continue;
		seen.add(offset);
		const code = printParseErrorCode(error);
		if (code === 'InvalidSymbol') skipLine = line;
		const single = code === 'InvalidSymbol' && text[offset] === "'";
		// The character is named, made inert: a raw escape byte in the file shows as `<U+009B>`, never as itself.
		const named = code === 'InvalidSymbol' && !single ? ` '${quoteInput(String.fromCodePoint(text.codePointAt(offset) ?? 0xfffd))}'` : '';
		errors.push({offset, message: `invalid JSON: ${single ? 'strings take double quotes, not single' : (syntaxMessages[code] ?? code)}${named}`});
	}
	if (errors.length > 0) return {errors, allowances};
	allowances.sort((a, b) => a.offset - b.offset);
	// The value from JSON.parse once what JSON does not allow is blanked out (line breaks kept), so it is the loader's own reading (a `__proto__` key an own field, not a prototype).
	let blanked = '';
	let from = 0;
	for (const [offset, length] of blanks.sort((a, b) => a[0] - b[0])) {
		blanked += text.slice(from, offset) + text.slice(offset, offset + length).replace(/[^\r\n]/g, ' ');
		from = offset + length;
	}
	try {
		return {errors, allowances, value: JSON.parse(blanked + text.slice(from))};
	} catch (error) {
		return {errors: [{offset: 0, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`}], allowances};
	}
}
