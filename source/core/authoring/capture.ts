/**
 * A plain-text article, such as a page capture, as paragraphs: blank lines separate paragraphs,
 * page chrome is removed (whole lines, and phrases that share a line with article text), and a
 * paragraph repeated back to back (a pull quote captured as body text) is kept once. Every removal
 * is reported, so nothing disappears silently.
 */

/**
 * Page chrome removed by default. `line`: a line that is exactly this; `prefix`: a short line that
 * starts with it (`More from WBUR`); `phrase`: these words wherever they are, also inside a line.
 */
export const chrome: ReadonlyArray<{text: string; match: 'line' | 'prefix' | 'phrase'}> = [
	{text: 'Advertisement', match: 'line'},
	{text: 'Listen Live', match: 'line'},
	{text: 'Close', match: 'line'},
	{text: 'Skip to main content', match: 'line'},
	{text: 'Share', match: 'line'},
	{text: 'More from ', match: 'prefix'},
	{text: 'The audio for this program is not available.', match: 'phrase'},
];

/** A prefix rule matches only a line this short: a sentence starting "More from" is article text. */
const maxPrefixLine = 40;

export type Removal = {line: number; text: string; why: 'chrome' | 'repeated paragraph' | 'headline'};

export type Article = {paragraphs: string[]; removed: Removal[]};

/** The line with chrome removed: what is left, and the chrome text found. */
function stripChrome(line: string, extra: readonly string[]): {kept: string; found: string[]} {
	const text = line.trim();
	for (const rule of chrome) {
		if ((rule.match === 'line' && text === rule.text) || (rule.match === 'prefix' && text.startsWith(rule.text) && text.length <= maxPrefixLine)) return {kept: '', found: [text]};
	}
	let kept = line;
	const found: string[] = [];
	for (const phrase of [...chrome.filter(rule => rule.match === 'phrase').map(rule => rule.text), ...extra]) {
		if (phrase !== '' && kept.includes(phrase)) {
			found.push(phrase);
			kept = kept.split(phrase).join(' ');
		}
	}
	// Only a line that lost a phrase has its spacing tidied; any other line stays as written.
	return {kept: found.length > 0 ? kept.replace(/\s+/g, ' ').trim() : line.trim(), found};
}

/**
 * The paragraphs of `text`. `drop` adds phrases to remove; a `headline` that opens the article is
 * removed, since a source keeps its headline apart from its paragraphs.
 */
export function readArticle(text: string, options: {drop?: readonly string[]; headline?: string} = {}): Article {
	const removed: Removal[] = [];
	const blocks: Array<{line: number; lines: string[]}> = [];
	let open = false;
	for (const [index, raw] of text.replace(/\r\n?/g, '\n').split('\n').entries()) {
		const {kept, found} = stripChrome(raw, options.drop ?? []);
		for (const item of found) removed.push({line: index + 1, text: item, why: 'chrome'});
		if (kept === '') {
			// A line that was all chrome ends a paragraph, as a blank line does.
			open = false;
			continue;
		}
		if (open) blocks.at(-1)!.lines.push(kept);
		else blocks.push({line: index + 1, lines: [kept]});
		open = true;
	}
	const paragraphs: string[] = [];
	for (const [index, block] of blocks.entries()) {
		const paragraph = block.lines.join(' ');
		if (index === 0 && options.headline !== undefined && paragraph === options.headline.trim()) removed.push({line: block.line, text: paragraph, why: 'headline'});
		else if (paragraph === paragraphs.at(-1)) removed.push({line: block.line, text: paragraph, why: 'repeated paragraph'});
		else paragraphs.push(paragraph);
	}
	return {paragraphs, removed: removed.sort((a, b) => a.line - b.line)};
}

/** A first paragraph that reads as a title (short, no closing full stop): the headline when none is given. */
export function likelyHeadline(text: string): string | undefined {
	const first = readArticle(text).paragraphs[0];
	return first !== undefined && first.length <= 150 && !/[.!?:"”]$/.test(first) ? first : undefined;
}
