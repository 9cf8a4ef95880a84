/**
 * Ids made from text (a headline, an outlet and date): letters of any script kept, lower-cased,
 * everything else a dash, as the id rule allows (`instalación-del-equipo`, `взрыв`).
 */

/**
 * `text` as the words of an id, not yet cut: lower-cased, runs of anything but letters, marks and
 * digits made one dash, no dash first. Marks stay with their letters (Devanagari's vowel signs);
 * variation selectors and enclosing marks (an emoji's, a keycap's), and a mark left alone where an
 * emoji was taken out, go: an id holds nothing invisible that no one could type.
 */
export function idWords(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\ufe00-\ufe0f\u{e0100}-\u{e01ef}\p{Me}]/gu, '')
		.replace(/[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+/gu, '-')
		.replace(/(^|-)[-\p{M}]+/gu, '$1')
		.replace(/^-+/, '');
}

/** `idWords` cut to `length` characters (code points), never ending in a dash. */
export function idOf(text: string, length: number): string {
	return Array.from(idWords(text)).slice(0, length).join('').replace(/-+$/, '');
}
