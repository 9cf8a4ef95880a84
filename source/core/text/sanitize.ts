/**
 * Text from a data file is untrusted. Before any of it reaches a terminal it goes through
 * `sanitize`, which makes every control character visible and inert, the way `less` does:
 *
 * - C0 controls and DEL become caret notation (`ESC` → `^[`, `BEL` → `^G`, `CR` → `^M`,
 *   `LF` → `^J`, `DEL` → `^?`), so an escape sequence shows as harmless text (`^[[31m`,
 *   `^[]52;c;…^G`) and a string always stays on one line; tab becomes a space.
 * - C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B) become `<U+009B>`.
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `<U+202E>`,
 *   and so do the line and paragraph separators U+2028 and U+2029, which some programs take
 *   for line breaks.
 * - Lone surrogates become U+FFFD.
 *
 * Every replacement is printable, one column per character, so display widths stay right.
 * JSON output keeps the original strings: `escapeJsonControls` writes the few characters that
 * `JSON.stringify` leaves raw as `\u` escapes.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
// Without the u flag it tests code units, twice as fast over long text; it also catches surrogate pairs, which `unsafe` then keeps.
const unsafeTest = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;

/** The visible form of one unsafe character (or lone surrogate). */
export function visibleForm(char: string): string {
	const code = char.charCodeAt(0);
	if (code === 0x09) return ' ';
	if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
	if (code === 0x7f) return '^?';
	if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Returns `text` with every control character made visible and inert (see the module comment). */
export function sanitize(text: string): string {
	// Most strings are clean: test first so they are returned as they are, without a copy.
	if (!unsafeTest.test(text)) return text;
	return text.replace(unsafe, visibleForm);
}

/**
 * A JSON-like value with every string, keys included, sanitised. What is already clean is shared,
 * not copied: a clean string, array or object comes back as it is (loading 100,000 events, a
 * deep copy cost seconds and a second set of objects). What changes is new: an array or object
 * holding anything that changed is a copy, its keys own data properties, so a `__proto__` key
 * stays a key. Do not mutate either afterwards: they may share parts.
 */
export function sanitizeDeep<T>(value: T): T {
	if (typeof value === 'string') return sanitize(value) as T;
	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		for (let index = 0; index < value.length; index++) {
			const item: unknown = value[index];
			const clean = sanitizeDeep(item);
			if (copy === undefined && clean !== item) copy = value.slice(0, index);
			copy?.push(clean);
		}
		return (copy ?? value) as T;
	}
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		let copy: Array<[string, unknown]> | undefined;
		for (let index = 0; index < keys.length; index++) {
			const key = keys[index]!;
			const item = record[key];
			const cleanKey = sanitize(key);
			const clean = sanitizeDeep(item);
			// Every entry before this one was clean: copied as it is.
			if (copy === undefined && (cleanKey !== key || clean !== item)) copy = keys.slice(0, index).map(earlier => [earlier, record[earlier]]);
			copy?.push([cleanKey, clean]);
		}
		return (copy === undefined ? value : Object.fromEntries(copy)) as T;
	}
	return value;
}

/**
 * A piece of the input quoted in an error message: sanitised and cut to `max` characters (at a
 * character boundary, ending in `…`), so a hostile or ten-megabyte value still makes one short line.
 */
export function quoteInput(text: string, max = 40): string {
	const chars = Array.from(text);
	const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
	return sanitize(cut);
}

/** How much of a typed argument (an id, a command, an option's value) an error message echoes: one line's worth. */
export const echoedColumns = 80;

/** A typed argument echoed in an error message: sanitised, and cut to `echoedColumns` with `…`. */
export function echoArgument(text: string): string {
	return quoteInput(text, echoedColumns);
}

/**
 * A file name as messages show it, sanitised. Paths longer than a line are common and editors jump
 * from `file:line:column`, so a name is cut only past `max` characters (longer than any file
 * system allows a name to be), keeping its end, where the file's own name is.
 */
export function shownFile(name: string, max = 255): string {
	const chars = Array.from(name);
	return sanitize(chars.length > max ? `…${chars.slice(-(max - 1)).join('')}` : name);
}

/**
 * JSON text with DEL, C1 controls, bidi controls and line/paragraph separators written as `\u`
 * escapes. `JSON.stringify` already escapes C0 controls and lone surrogates but leaves these raw,
 * and a terminal showing `--format json` would act on an 8-bit CSI (U+009B). They can only occur
 * inside JSON strings, so the result parses back to exactly the same value.
 */
export function escapeJsonControls(json: string): string {
	return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
