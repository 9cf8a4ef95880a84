/**
 * Text from a data file is untrusted. Before any of it reaches a terminal it goes through
 * `sanitize`, which makes every control character visible and inert, the way `less` does:
 *
 * - C0 controls and DEL become caret notation (`ESC` → `^[`, `BEL` → `^G`, `DEL` → `^?`), so an
 *   escape sequence shows as harmless text (`^[[31m`, `^[]52;c;…^G`); tab becomes a space.
 * - C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B) become `<U+009B>`.
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `<U+202E>`.
 * - Lone surrogates become U+FFFD.
 *
 * Every replacement is printable ASCII, so display widths stay right. JSON output keeps the
 * original strings: JSON escapes them itself.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const unsafeTest = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;

function replace(char: string): string {
	const code = char.charCodeAt(0);
	if (code === 0x09) return ' ';
	if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
	if (code === 0x7f) return '^?';
	if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Returns `text` with every control character made visible and inert (see the module comment). */
export function sanitize(text: string): string {
	// Most strings are clean: test first so they are returned as they are, without a copy.
	if (!unsafeTest.test(text)) return text;
	return text.replace(unsafe, replace);
}

/** Deep copy of a JSON-like value with every string sanitised; strings that are clean are shared. */
export function sanitizeDeep<T>(value: T): T {
	if (typeof value === 'string') return sanitize(value) as T;
	if (Array.isArray(value)) return value.map(item => sanitizeDeep(item)) as T;
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) out[key] = sanitizeDeep(item);
		return out as T;
	}
	return value;
}
