/** Escaping data for Markdown output, so text from a timeline file cannot change the document's structure. */

/** Inline characters that start emphasis, code, links, HTML, headings' closing runs, tables or strikethrough. */
const inline = /[\\`*_[\]<>#|~]/g;
/** An `&` that would be read as an HTML entity (`&amp;`, `&#38;`). */
const entity = /&(?=#?[a-z0-9]+;)/gi;

/**
 * Backslash-escapes Markdown-active characters in `text`. With `lineStart`, also escapes what
 * would make the start of a line a list item, a heading underline or a numbered item (`- `, `+`,
 * `=`, `1.`), for text that begins a paragraph. Strings from the loader hold no line breaks
 * (sanitising shows them as `^J`), so each call is one line.
 */
export function escapeMarkdown(text: string, {lineStart = false}: {lineStart?: boolean} = {}): string {
	let out = text.replace(inline, '\\$&').replace(entity, '\\&');
	if (lineStart) {
		out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
	}
	return out;
}

/** A paragraph as Markdown: text escaped, `[label](url)` links kept as links. */
export function markdownLinks(paragraph: string): string {
	let out = '';
	let from = 0;
	for (const match of paragraph.matchAll(/\[([^[\]]*)\]\(([^()\s]*)\)/g)) {
		out += `${escapeMarkdown(paragraph.slice(from, match.index), {lineStart: from === 0})}[${escapeMarkdown(match[1] ?? '')}](${match[2] ?? ''})`;
		from = match.index + match[0].length;
	}
	return out + escapeMarkdown(paragraph.slice(from), {lineStart: from === 0});
}
