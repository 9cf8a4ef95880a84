/**
 * `sc-timeline cite "some words"`: the citation object `{source, paragraph, quote}` for words
 * found in the timeline's sources, the quote exactly as the article has it, ready to paste into
 * an event's `citations`. One JSON object a line, best first. None: the nearest passages on
 * stderr and exit 1.
 */
import type {Command, CommandContext} from './context.js';
import {isUserError, UserError} from '../core/model/errors.js';
import type {Source} from '../core/model/schema.js';
import {findCitations, nearestPassages} from '../core/authoring/cite.js';
import {escapeJsonControls, quoteInput, sanitizeDeep, shownFile} from '../core/text/sanitize.js';
import {linesText} from '../core/format/output-text.js';
import {readText} from '../core/load/text-file.js';
import {parseJson} from '../core/load/parse-json.js';

/**
 * The sources of the file `file` as written, each with an id and paragraphs, for a file the whole
 * load refuses: one being written, with a draft event whose quote is still to find, or a source
 * whose outlet is still to fill in. Undefined when there are none to read.
 */
function draftSources(file: string): Source[] | undefined {
	let value: unknown;
	try {
		value = parseJson(readText(file, shownFile(file)).text, shownFile(file));
	} catch {
		return undefined;
	}
	const sources = value !== null && typeof value === 'object' ? (value as {sources?: unknown}).sources : undefined;
	if (!Array.isArray(sources)) return undefined;
	const read = sources.filter(
		(source): source is Source =>
			source !== null &&
			typeof source === 'object' &&
			typeof source.id === 'string' &&
			Array.isArray(source.paragraphs) &&
			source.paragraphs.every((paragraph: unknown) => typeof paragraph === 'string'),
	);
	return read.length === 0 ? undefined : read;
}

/** The sources to cite from: the loaded timeline's, or, when the whole load refuses the file, its sources as written (said on stderr). */
function sourcesOf(context: CommandContext): {raw: readonly Source[]; shown: readonly Source[]; file: string} {
	try {
		const {loaded} = context;
		return {raw: loaded.raw.sources, shown: loaded.timeline.sources, file: loaded.file};
	} catch (error) {
		const draft = context.file === undefined || !isUserError(error) ? undefined : draftSources(context.file);
		if (draft === undefined) throw error;
		context.warn(`${(error as Error).message}; citing from its sources as written`);
		return {raw: draft, shown: draft.map(source => sanitizeDeep(source)), file: shownFile(context.file!)};
	}
}

export const cite: Command = context => {
	const {args, out, warn} = context;
	const words = args.join(' ');
	if (words.trim() === '') throw new UserError('cite needs the words to find, e.g. sc-timeline cite "won\'t sign" (see sc-timeline --help)', 2);
	const sources = sourcesOf(context);
	// Quotes come from the file as written (raw), so the citation matches the paragraph byte for byte.
	const found = findCitations(sources.raw, words);
	if (found.length > 0) {
		out(linesText(found.map(citation => escapeJsonControls(JSON.stringify(citation)))));
		return 0;
	}
	const near = nearestPassages(sources.shown, words);
	warn(`"${quoteInput(words)}" is not in any source of ${sources.file}${near.length > 0 ? '; nearest passages:' : ''}`);
	for (const passage of near) warn(`  ${passage.source} paragraph ${passage.paragraph}: ${quoteInput(passage.text, 100)}`);
	return 1;
};
