/**
 * TimelineJS text is HTML; the model holds plain text. Links inside text are kept in one written
 * form, `[label](url)` (Markdown's), in every text field of the model: Markdown output keeps it as
 * a link, plain-text output shows `label <url>`, and TimelineJS export writes `<a href="url">label</a>`.
 * Other markup (bold, italics) is dropped; paragraphs and line breaks become separate paragraphs.
 */

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©'};

/** Decodes named and numeric character references. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/**
 * Removes `<script>` and `<style>` elements with their content, in one pass over the text (an
 * unclosed one runs to the end, as in a browser). A lazy regular expression would rescan the rest
 * of the text for every unclosed opening tag, which a hostile file can make take hours.
 */
function dropScripts(html: string): string {
	const open = /<(script|style)\b/gi;
	let out = '';
	let from = 0;
	for (let match = open.exec(html); match !== null; match = open.exec(html)) {
		out += html.slice(from, match.index);
		const close = new RegExp(`</${match[1] ?? ''}\\s*>`, 'gi');
		close.lastIndex = open.lastIndex;
		const end = close.exec(html);
		if (end === null) return out;
		from = open.lastIndex = end.index + end[0].length;
	}
	return out + html.slice(from);
}

// Private-use characters mark a link's start, the end of its URL and its end while tags are removed.
const linkOpen = '\ue000';
const linkUrl = '\ue001';
const linkClose = '\ue002';

/**
 * Turns an HTML fragment into plain paragraphs: block tags and `<br>` break paragraphs, links
 * become `[label](url)`, other tags go. Tags are matched as `<` up to the next `<` or `>`, so the
 * time stays linear in the text.
 */
export function htmlToParagraphs(html: string): string[] {
	const text = dropScripts(html)
		.replace(/[\ue000-\ue002]/g, '')
		.replace(/<a\b[^<>]*?\bhref\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))[^<>]*>/gi, (_, a?: string, b?: string, c?: string) => `${linkOpen}${a ?? b ?? c ?? ''}${linkUrl}`)
		.replace(/<\/a\s*>/gi, linkClose)
		.replace(/<br\s*\/?>|<\/?(p|div|h[1-6]|li|ul|ol|blockquote|tr|section|article)\b[^<>]*>/gi, '\n')
		.replace(/<[^<>]*>/g, '');
	return text
		.split(/\n+/)
		.map(line => links(decodeEntities(line)).replace(/\s+/g, ' ').trim())
		.filter(line => line !== '');
}

/** Marked links as `[label](url)`; a marker left unpaired (a link cut by a paragraph break) is dropped. */
function links(line: string): string {
	return line
		.replace(/\ue000([^\ue000-\ue002]*)\ue001([^\ue000-\ue002]*)\ue002/g, (_, url: string, label: string) => `[${label.trim()}](${url.trim().replace(/[\s()]/g, encodeURIComponent)})`)
		.replace(/\ue000[^\ue000-\ue002]*\ue001|[\ue000-\ue002]/g, '');
}

/** An HTML fragment as one line of plain text (a headline, caption or credit). */
export function htmlToText(html: unknown): string {
	return typeof html === 'string' ? htmlToParagraphs(html).join(' ') : '';
}

/** Escapes text for HTML element content (the import decodes these entities back). */
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
