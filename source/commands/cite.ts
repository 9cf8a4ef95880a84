/**
 * `sc-timeline cite "some words"`: the citation object `{source, paragraph, quote}` for words
 * found in the timeline's sources, the quote exactly as the article has it, ready to paste into
 * an event's `citations`. One JSON object a line, best first. None: the nearest passages on
 * stderr and exit 1.
 */
import type {Command} from './context.js';
import {UserError} from '../core/model/errors.js';
import {findCitations, nearestPassages} from '../core/authoring/cite.js';
import {escapeJsonControls, quoteInput} from '../core/text/sanitize.js';
import {linesText} from '../core/format/output-text.js';

export const cite: Command = ({loaded, args, out, warn}) => {
	const words = args.join(' ');
	if (words.trim() === '') throw new UserError('cite needs the words to find, e.g. sc-timeline cite "won\'t sign" (see sc-timeline --help)', 2);
	// Quotes come from the file as written (raw), so the citation matches the paragraph byte for byte.
	const found = findCitations(loaded.raw.sources, words);
	if (found.length > 0) {
		out(linesText(found.map(citation => escapeJsonControls(JSON.stringify(citation)))));
		return 0;
	}
	const near = nearestPassages(loaded.timeline.sources, words);
	warn(`"${quoteInput(words)}" is not in any source of ${loaded.file}${near.length > 0 ? '; nearest passages:' : ''}`);
	for (const passage of near) warn(`  ${passage.source} paragraph ${passage.paragraph}: ${quoteInput(passage.text, 100)}`);
	return 1;
};
