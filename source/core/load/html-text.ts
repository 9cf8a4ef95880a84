/**
 * TimelineJS text is HTML; the model holds plain text. Links inside text are kept in one written
 * form, `[label](url)` (Markdown's), in every text field of the model: Markdown output keeps it as
 * a link, plain-text output shows `label <url>`, and TimelineJS export writes `<a href="url">label</a>`.
 * List items are paragraphs that start `• ` (`1. ` numbered), written back as lists. Reading HTML
 * is ./html-parse.ts (htmlparser2); this file holds what needs no parser, so the views that show
 * links do not load one.
 */

/** Escapes text for HTML element content (the import decodes these entities back); other characters go as they are, in UTF-8. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A `[label](url)` link in model text. */
const linkPattern = /\[([^[\]]*)\]\(([^()\s]*)\)/g;

/** Model text as HTML: escaped, links as `<a href>`. */
export function textToHtml(text: string): string {
	let out = '';
	let from = 0;
	for (const match of text.matchAll(linkPattern)) {
		out += `${escapeHtml(text.slice(from, match.index))}<a href="${escapeHtml(match[2] ?? '').replace(/"/g, '&quot;')}">${escapeHtml(match[1] ?? '')}</a>`;
		from = match.index + match[0].length;
	}
	return out + escapeHtml(text.slice(from));
}

/** Text with each link replaced by its label: headlines hold no links, so lists and titles stay plain. */
export function linkLabels(text: string): string {
	return text.includes('](') ? text.replace(linkPattern, (_, label: string) => label) : text;
}

/** Model text for plain output: `label <url>`, or the URL alone when the label is the URL or empty. */
export function plainLinks(text: string): string {
	if (!text.includes('](')) return text;
	return text.replace(linkPattern, (_, label: string, url: string) => (label === '' || label === url ? `<${url}>` : `${label} <${url}>`));
}

/** A paragraph that is a list item: its marker (`•`, or the number of an ordered one) and its text. */
export const listItem = /^(•|\d+\.) (.*)$/s;

/**
 * Paragraphs as HTML: `<p>` each, except runs of list items, which go back to the list they came
 * from (`• ` items as `<ul>`, items numbered from 1 as `<ol>`).
 */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
	let out = '';
	let list: 'ul' | 'ol' | undefined;
	let next = 1;
	for (const paragraph of paragraphs) {
		const item = listItem.exec(paragraph);
		const kind = item === null ? undefined : item[1] === '•' ? 'ul' : item[1] === `${list === 'ol' ? next : 1}.` ? 'ol' : undefined;
		if (list !== undefined && kind !== list) out += `</${list}>`;
		if (kind !== undefined && kind !== list) {
			out += `<${kind}>`;
			next = 1;
		}
		list = kind;
		if (kind === undefined) out += `<p>${textToHtml(paragraph)}</p>`;
		else {
			out += `<li>${textToHtml(item![2]!)}</li>`;
			next++;
		}
	}
	return list === undefined ? out : `${out}</${list}>`;
}
