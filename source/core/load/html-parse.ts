/**
 * TimelineJS text (HTML) into the model's plain paragraphs, read by htmlparser2 as a browser reads
 * it: every HTML5 named entity, unclosed tags, attributes in any quoting. Its own file (dist/html.cjs
 * in the build, required on first use), so commands that never meet HTML do not load the parser.
 *
 * What a reader sees is kept: block elements and `<br>` break paragraphs, list items become
 * `• item` (`1. item` in an `<ol>`), links become `[label](url)`. What is not text (`<script>`,
 * `<style>`, `<iframe>`, `<button>`, …) never becomes text.
 */
import {Parser} from 'htmlparser2';

/** Elements whose content is not prose a reader of the timeline sees. */
const hidden = new Set(['script', 'style', 'iframe', 'button', 'noscript', 'template', 'object', 'embed', 'svg', 'select', 'textarea', 'head', 'title']);

/** Elements that start a new paragraph and end one. */
const blocks = new Set([
	'p',
	'div',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'tr',
	'section',
	'article',
	'header',
	'footer',
	'figure',
	'figcaption',
	'table',
	'pre',
	'dl',
	'dt',
	'dd',
	'hr',
	'ul',
	'ol',
	'li',
	'aside',
	'nav',
	'main',
	'address',
]);

// Private-use characters mark a link's start, the end of its URL, its end, and a list item's marker while the text is gathered.
const linkOpen = '\ue000';
const linkUrl = '\ue001';
const linkClose = '\ue002';
const itemOpen = '\ue003';
const itemEnd = '\ue004';
const markers = /[\ue000-\ue004]/g;

/** Characters a link's URL cannot hold as written in `[label](url)`, percent-encoded: encodeURIComponent leaves parentheses as they are. */
const urlEncoded: Record<string, string> = {'(': '%28', ')': '%29', '[': '%5B', ']': '%5D'};
/** A URL's scheme, if it names one. */
const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** One link as `[label](url)`; its label alone when it cannot be one (a bracket in the label, a scheme other than a web page's or an address's). */
function link(url: string, text: string): string {
	const label = text.replace(/\s+/g, ' ').trim();
	const target = url.trim().replace(/\s|[()[\]]/g, character => urlEncoded[character] ?? encodeURIComponent(character));
	const named = scheme.exec(target)?.[1]?.toLowerCase();
	if (/[[\]]/.test(label) || (named !== undefined && named !== 'http' && named !== 'https' && named !== 'mailto')) return label;
	return `[${label}](${target})`;
}

/** Marked links as `[label](url)` (see `link`); a marker left unpaired (a link cut by a paragraph break) is dropped. */
function links(line: string): string {
	return line.replace(/\ue000([^\ue000-\ue002]*)\ue001([^\ue000-\ue002]*)\ue002/g, (_, url: string, label: string) => link(url, label)).replace(/\ue000[^\ue000-\ue002]*\ue001|[\ue000-\ue002]/g, '');
}

/** One gathered line as a paragraph: a list item with its marker, spaces collapsed; empty when nothing shows. */
function paragraph(line: string): string {
	const item = /^\s*\ue003([^\ue004]*)\ue004/.exec(line);
	const text = links(item === null ? line : line.slice(item[0].length))
		.replace(/[\ue003\ue004]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return item === null || text === '' ? text : `${item[1]} ${text}`;
}

/** Whitespace a paragraph does not keep: any but a single space between words. */
const unspaced = /[^\S ]| {2}|^ | $/;

/** Line breaks in the text, which a browser (and so TimelineJS) shows as a space: only tags break paragraphs. */
const lineBreaks = /[\r\n]+/g;

/** `<p>`, `</p>` and `<br>` as most cells write them: tags that only break paragraphs. */
const breaks = /<\/?p>|<br ?\/?>/g;

/** What the parser's handlers gather for the fragment being read. */
const state = {out: '', hiddenDepth: 0, pre: 0, lists: [] as Array<{ordered: boolean; next: number}>, opened: [] as boolean[]};

/** An element TimelineJS's stylesheet shows as a block though its tag is inline: a `<span class="tl-note">`, its template's note. */
const blockClass = /(^|\s)tl-note(\s|$)/;

/**
 * One parser for every fragment, reset between them: a file of 100,000 events has half a million
 * HTML fields, and a parser made for each took a fifth of the import's time.
 */
let parser: Parser | undefined;

function reader(): Parser {
	parser ??= new Parser(
		{
			onopentag(name, attributes) {
				if (hidden.has(name)) state.hiddenDepth++;
				if (state.hiddenDepth > 0) return;
				if (name === 'ul' || name === 'ol') state.lists.push({ordered: name === 'ol', next: 1});
				if (name === 'pre') state.pre++;
				const block = blocks.has(name) || blockClass.test(attributes['class'] ?? '');
				state.opened.push(block);
				if (name === 'br' || block) state.out += '\n';
				if (name === 'li') {
					const list = state.lists.at(-1);
					const marker = list?.ordered ? `${list.next++}.` : '•';
					state.out += `${itemOpen}${marker}${itemEnd}`;
				}
				if (name === 'a' && attributes['href'] !== undefined) state.out += `${linkOpen}${attributes['href'].replace(markers, '')}${linkUrl}`;
			},
			onclosetag(name, implied) {
				if (hidden.has(name)) {
					state.hiddenDepth = Math.max(0, state.hiddenDepth - 1);
					return;
				}
				if (state.hiddenDepth > 0) return;
				if (name === 'ul' || name === 'ol') state.lists.pop();
				if (name === 'pre') state.pre = Math.max(0, state.pre - 1);
				if (state.opened.pop() ?? blocks.has(name)) state.out += '\n';
				// `</br>` is read by browsers as `<br>`; htmlparser2 reports a void `<br>` closing too, as implied.
				if (name === 'br' && !implied) state.out += '\n';
				if (name === 'a') state.out += linkClose;
			},
			ontext(text) {
				// A line break in the text is a space, as a browser shows it (in `<pre>`, a break).
				if (state.hiddenDepth === 0) state.out += state.pre > 0 ? text.replace(markers, '') : text.replace(markers, '').replace(lineBreaks, ' ');
			},
		},
		{decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true},
	);
	return parser;
}

/** An HTML fragment as plain paragraphs. */
export function htmlToParagraphs(html: string): string[] {
	// Text with no entity and no markup but paragraphs and line breaks (a sheet's caption or credit, its text in `<p>`s) needs no
	// parser: each tag breaks a paragraph (the parser may break twice, which makes an empty line, dropped), and the lines are the paragraphs.
	const spaced = html.includes('&') ? undefined : html.replace(lineBreaks, ' ');
	const plain = spaced?.includes('<') === true ? spaced.replace(breaks, '\n') : spaced;
	if (plain !== undefined && !plain.includes('<')) {
		const paragraphs: string[] = [];
		for (const line of plain.replace(markers, '').split('\n')) {
			// Most lines have single spaces between words and none at their ends: nothing to collapse.
			const text = unspaced.test(line) ? line.replace(/\s+/g, ' ').trim() : line;
			if (text !== '') paragraphs.push(text);
		}
		return paragraphs;
	}
	state.out = '';
	state.hiddenDepth = 0;
	state.pre = 0;
	state.lists = [];
	state.opened = [];
	const read = reader();
	read.reset();
	read.write(html);
	read.end();
	const out = state.out;
	state.out = '';
	return out
		.split('\n')
		.map(paragraph)
		.filter(line => line !== '');
}

/** An HTML fragment as one line of plain text (a headline, caption or credit). */
export function htmlToText(html: unknown): string {
	return typeof html === 'string' ? htmlToParagraphs(html).join(' ') : '';
}
