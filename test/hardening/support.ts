/**
 * Shared pieces of the hardening tests: what counts as a control character that must never reach
 * the terminal from a data file, and the fast-check settings (a fixed seed in CI; `FC_RUNS` and
 * `FC_SEED` for a longer or different run, see README-section.md).
 */
import fc from 'fast-check';

/**
 * One character that must not reach a terminal from the data: a C0 or C1 control or DEL (Unicode
 * `Cc`), a line or paragraph separator (`Zl`, `Zp`), a bidi embedding, override or isolate, or a
 * lone surrogate (`\p{Cs}` in a `u` pattern matches only unpaired halves). Defined from Unicode
 * properties, not from the sanitiser's own list.
 */
export const dataControl = /[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

/** Our own colour codes (SGR), the only escape sequences printed output may hold. */
const sgr = /\u001B\[[\d;]*m/g;

/**
 * The control characters in printed output other than line ends (and, with `sgr`, our own
 * colour codes), as code points, so a failure names them: [] when the output is safe.
 */
export function strayControls(output: string, {allowSgr = false} = {}): string[] {
	const text = allowSgr ? output.replace(sgr, '') : output;
	const found: string[] = [];
	for (const match of text.matchAll(new RegExp(dataControl.source, 'gu'))) {
		if (match[0] === '\n') continue;
		found.push(`U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${match.index}`);
		if (found.length >= 5) break;
	}
	return found;
}

/** Every string inside a JSON-like value. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
	else if (value !== null && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) {
			out.push(key);
			stringsIn(item, out);
		}
	return out;
}

/** fast-check parameters: a fixed seed so CI runs are repeatable; `FC_RUNS=100000` for a long run. */
export function fcParameters(defaultRuns = 200): fc.Parameters<unknown> {
	const runs = Number(process.env['FC_RUNS']);
	const seed = Number(process.env['FC_SEED']);
	return {seed: Number.isInteger(seed) ? seed : 20_110_606, numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns};
}

/** Time allowed for one property test: the default, or ten minutes for a long `FC_RUNS` run. */
export const propertyTimeout = process.env['FC_RUNS'] === undefined ? 60_000 : 600_000;

/** Escape sequences of every kind a hostile file might carry, whole and cut short. */
export const escapeSequences = [
	'\u001B[2J',
	'\u001B[31m',
	'\u001B[?1049l',
	'\u001B[?25l',
	'\u001B[6n',
	'\u001B[c',
	'\u001B[18t',
	'\u001B]52;c;aGk=\u0007',
	'\u001B]8;;https://evil.example/\u001B\\',
	'\u001B]0;title\u0007',
	'\u001B]2;t\u001B\\',
	'\u001B]11;?\u0007',
	'\u001BP+q544e\u001B\\',
	'\u001BP$q"p\u001B\\',
	'\u001B(0',
	'\u001B#8',
	'\u001Bc',
	'\u009B31m',
	'\u009D0;t\u009C',
	'\u0090q\u009C',
	'\u001B[',
	'\u001B]0;unterminated',
	'\u001B',
];

/**
 * One unit of hostile text: any code point, a control (C0, DEL, C1), a bidi control, a lone
 * surrogate half, or a whole escape sequence. Strings joined from these cover the list.
 */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
	{arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1}), weight: 4},
	{arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}), weight: 2},
	{arbitrary: fc.integer({min: 0, max: 0x1f}).map(code => String.fromCharCode(code)), weight: 2},
	{arbitrary: fc.integer({min: 0x7f, max: 0x9f}).map(code => String.fromCharCode(code)), weight: 2},
	{arbitrary: fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'), weight: 1},
	{arbitrary: fc.integer({min: 0xd800, max: 0xdfff}).map(code => String.fromCharCode(code)), weight: 1},
	{arbitrary: fc.constantFrom(...escapeSequences), weight: 2},
);

/** Hostile text: a string joined from `hostileUnit`s. */
export const hostileString = (maxLength = 40) => fc.array(hostileUnit, {maxLength}).map(units => units.join(''));
