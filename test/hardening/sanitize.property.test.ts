/**
 * The sanitiser against random text (fast-check, fixed seed; FC_RUNS for a longer run): no
 * control character survives, clean text is untouched, and widths stay right.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {escapeJsonControls, quoteInput, sanitize, sanitizeDeep} from '../../source/core/text/sanitize.js';
import {dataControl, fcParameters, hostileString, hostileUnit, propertyTimeout, stringsIn} from './support.js';

/** Columns the visible form of one unsafe character takes, worked out here from the documented rules. */
function expectedWidth(char: string): number {
	const code = char.charCodeAt(0);
	if (code === 0x09) return 1; // a space
	if (code < 0x20 || code === 0x7f) return 2; // ^[ and ^?
	if (code >= 0xd800 && code <= 0xdfff) return 1; // U+FFFD
	return 8; // <U+009B>
}

/** A value with every string blanked and objects as lists of their values: what sanitising must keep. */
function shape(value: unknown): unknown {
	if (typeof value === 'string') return '';
	if (Array.isArray(value)) return value.map(shape);
	if (value !== null && typeof value === 'object') return {object: Object.values(value).map(shape)};
	return value;
}

function keysStayDistinct(value: unknown): boolean {
	if (Array.isArray(value)) return value.every(keysStayDistinct);
	if (value === null || typeof value !== 'object') return true;
	const keys = Object.keys(value);
	return new Set(keys.map(sanitize)).size === keys.length && Object.values(value).every(keysStayDistinct);
}

/** Text that needs no sanitising, from characters whose widths do not depend on their neighbours. */
const safeUnit = fc.constantFrom('a', 'Z', ' ', '~', '^', '[', 'é', 'ß', '—', '€', '✓', '中', '日', 'ｱ', '😀', '🇺🇸');
const unsafeChar = fc
	.oneof(
		fc.integer({min: 0, max: 0x1f}),
		fc.integer({min: 0x7f, max: 0x9f}),
		fc.constantFrom(0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069),
		fc.integer({min: 0xd800, max: 0xdfff}),
	)
	.map(code => String.fromCharCode(code));

describe('sanitize (properties)', {timeout: propertyTimeout}, () => {
	it('leaves no C0, C1, DEL, bidi control or lone surrogate in any string', () => {
		fc.assert(
			fc.property(hostileString(60), text => !dataControl.test(sanitize(text))),
			fcParameters(1000),
		);
	});

	it('returns text without control characters exactly as it was', () => {
		const clean = fc.string({unit: 'grapheme', maxLength: 40}).filter(text => !dataControl.test(text));
		fc.assert(
			fc.property(clean, text => sanitize(text) === text),
			fcParameters(1000),
		);
	});

	it('is idempotent: sanitised text needs no second pass', () => {
		fc.assert(
			fc.property(hostileString(60), text => sanitize(sanitize(text)) === sanitize(text)),
			fcParameters(500),
		);
	});

	it('gives each replaced character the width of its visible form, so columns add up', () => {
		const unit = fc.oneof({arbitrary: safeUnit.map(text => ({text, unsafe: false})), weight: 2}, {arbitrary: unsafeChar.map(text => ({text, unsafe: true})), weight: 1});
		fc.assert(
			fc.property(fc.array(unit, {maxLength: 30}), units => {
				// Two surrogate halves next to each other would pair up; keep every unsafe one apart.
				const text = units.map(({text: part, unsafe}) => (unsafe ? `${part}a` : part)).join('');
				const expected = units.reduce((sum, {text: part, unsafe}) => sum + (unsafe ? expectedWidth(part) + 1 : stringWidth(part)), 0);
				return stringWidth(sanitize(text)) === expected;
			}),
			fcParameters(1000),
		);
	});

	it('keeps a string on one line whatever it holds', () => {
		fc.assert(
			fc.property(hostileString(60), text => !/[\n\r\u2028\u2029\u0085]/.test(sanitize(text))),
			fcParameters(500),
		);
	});
});

describe('sanitizeDeep, quoteInput and escapeJsonControls (properties)', {timeout: propertyTimeout}, () => {
	const hostileJson = fc.jsonValue({stringUnit: hostileUnit, maxDepth: 4});

	it('sanitizeDeep keeps the shape and leaves no control character in any string or key', () => {
		fc.assert(
			fc.property(hostileJson, value => {
				const clean = sanitizeDeep(value);
				expect(stringsIn(clean).filter(text => dataControl.test(text))).toEqual([]);
				// Two keys that differ only in control characters become one key; otherwise the shape is kept.
				if (keysStayDistinct(value)) expect(shape(clean)).toEqual(shape(value));
			}),
			fcParameters(300),
		);
	});

	it('quoteInput makes one short inert piece of any input', () => {
		fc.assert(
			fc.property(hostileString(200), fc.integer({min: 2, max: 80}), (text, max) => {
				const quoted = quoteInput(text, max);
				return !dataControl.test(quoted) && Array.from(quoted).length <= max * 8;
			}),
			fcParameters(500),
		);
	});

	it('escapeJsonControls keeps JSON exact and writes C1, DEL and bidi controls as escapes', () => {
		fc.assert(
			fc.property(hostileJson, value => {
				const text = escapeJsonControls(JSON.stringify(value, null, '\t'));
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
				expect(text.replace(/[\n\t]/g, '')).not.toMatch(dataControl);
			}),
			fcParameters(300),
		);
	});
});

describe('sanitize (examples)', () => {
	it.each([
		['CSI colour and screen clear', '\u001B[2J\u001B[31mred', '^[[2J^[[31mred'],
		['OSC 52 clipboard write', '\u001B]52;c;aGk=\u0007', '^[]52;c;aGk=^G'],
		['OSC 8 link', '\u001B]8;;https://x.example/\u001B\\a', '^[]8;;https://x.example/^[\\a'],
		['OSC 0 title', '\u001B]0;t\u0007', '^[]0;t^G'],
		['DCS', '\u001BP+q544e\u001B\\', '^[P+q544e^[\\'],
		['unterminated OSC', '\u001B]0;open', '^[]0;open'],
		['8-bit CSI and ST', '\u009B31m\u009C', '<U+009B>31m<U+009C>'],
		['NUL, BEL, BS, CR, LF', '\u0000\u0007\b\r\n', '^@^G^H^M^J'],
		['DEL', 'a\u007Fb', 'a^?b'],
		['tab', 'a\tb', 'a b'],
		['bidi override and isolates', '\u202Eab\u2066c\u2069', '<U+202E>ab<U+2066>c<U+2069>'],
		['line and paragraph separators', 'a\u2028b\u2029', 'a<U+2028>b<U+2029>'],
		['lone surrogates, a pair kept', '\uD800 \uDFFF \uD83D\uDE00', '\uFFFD \uFFFD \uD83D\uDE00'],
	])('%s', (_name, input, shown) => {
		expect(sanitize(input)).toBe(shown);
	});

	it('keeps a __proto__ key an ordinary key', () => {
		const value = JSON.parse('{"__proto__": {"polluted": "\\u001b"}}') as Record<string, unknown>;
		const clean = sanitizeDeep(value);
		expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
		expect(Object.keys(clean)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
