/**
 * `sc-timeline search <query>`: matching events and article passages, best first, in the
 * explorer's query syntax. Like grep, no match prints nothing, says so on stderr and exits 1.
 * text: a heading line (where the result is) and about three lines of the match, matched
 * characters highlighted when colour is on; markdown: a list with matches in bold; json: one
 * object per result with raw strings and ranges (see core/search/results-json.ts).
 */
import type {Command, CommandContext} from './context.js';
import {UserError} from '../core/model/errors.js';
import {echoedColumns, quoteInput, sanitize} from '../core/text/sanitize.js';
import {escapeMarkdown} from '../core/format/markdown-escape.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';
import {buildCorpus} from '../core/search/corpus.js';
import {SearchEngine} from '../core/search/engine.js';
import {excerpt, paintRanges, wrapRanges} from '../core/search/highlight.js';
import {resultJson} from '../core/search/results-json.js';
import {locate} from '../core/search/location.js';
import {parseQuery} from '../core/search/query.js';
import {queryProblem} from '../core/filter/field-filter.js';
import {filterFacts} from '../core/search/qualifiers.js';
import {materialize, type Range, type SearchResult} from '../core/search/results.js';

/** The heading of a result, with the headline's matched ranges placed in it. */
function heading(result: SearchResult, {loaded}: CommandContext): {text: string; ranges: Range[]} {
	const where = locate(result, loaded.timeline);
	const headline = result.fields?.find(field => field.field === 'headline');
	const lead = where.when === '' ? '' : `${where.when} · `;
	const text = lead + where.title + (where.paragraph === '' ? '' : ` · ${where.paragraph}`);
	return {text, ranges: (headline?.ranges ?? []).map(([start, end]) => [start + lead.length, end + lead.length])};
}

/** The text shown under the heading: a passage, or an event's best match other than its headline (with a label). */
function body(result: SearchResult): {label: string; text: string; ranges: Range[]} | undefined {
	// The title slide's title is the heading already; its description goes under it, labelled.
	if (result.field === 'title') return undefined;
	if (result.kind === 'passage') return {label: result.field === 'description' ? 'description: ' : '', text: result.text, ranges: result.ranges};
	const field = result.fields?.find(candidate => candidate.field !== 'headline');
	return field && {label: `${field.field}: `, text: field.text, ranges: field.ranges};
}

function text(results: SearchResult[], context: CommandContext): string {
	const style = styleFor(context.color);
	const paint = (line: {text: string; ranges: Range[]}) => paintRanges(line.text, line.ranges, style.highlight);
	// The match under its heading, indented where there is room for it: every line within --width.
	const indent = context.width > 4 ? '  ' : '';
	const room = Math.max(1, context.width - indent.length);
	const blocks = results.map((result, index) => {
		const title = heading(result, context);
		// `¶ 11` held together by a no-break space while wrapping (one character for one, so the ranges keep their places).
		const held = title.text.replace(/¶ (?=\d+$)/, '¶\u00a0');
		const lines = wrapRanges(held, title.ranges, context.width).map(line => paint(line).replace('¶\u00a0', '¶ '));
		const shown = body(result);
		if (shown !== undefined) {
			// About three lines around the first match; painted after wrapping, so no style crosses a line.
			const cut = excerpt(shown.text, shown.ranges, Math.max(20, room * 3 - shown.label.length));
			const ranges = cut.ranges.map(([start, end]) => [start + shown.label.length, end + shown.label.length] as Range);
			lines.push(...wrapRanges(shown.label + cut.text, ranges, room).map(line => indent + paint(line)));
		}
		return index === 0 ? lines : ['', ...lines];
	});
	return linesText(blocks.flat());
}

function markdown(results: SearchResult[], context: CommandContext): string {
	const bold = (line: {text: string; ranges: Range[]}) => paintRanges(line.text, line.ranges, matched => `**${matched}**`, escapeMarkdown);
	const lines = results.flatMap(result => {
		const id = result.kind === 'event' ? locate(result, context.loaded.timeline).eventId : undefined;
		const item = [`- ${bold(heading(result, context))}${id === undefined ? '' : ` (\`${id}\`)`}`];
		const shown = body(result);
		if (shown !== undefined) item.push(`  > ${escapeMarkdown(shown.label)}${bold(excerpt(shown.text, shown.ranges, 400))}`);
		return item;
	});
	return linesText(lines);
}

/** Prints the results of the query given as arguments, best first, at most `--limit`. */
export const search: Command = context => {
	const query = context.args.join(' ');
	const parsed = parseQuery(query);
	if (parsed.filterError !== undefined) throw new UserError(`search: ${sanitize(parsed.filterError)} (see sc-timeline --help)`, 2);
	if (parsed.groups.length === 0 && parsed.filter === undefined) throw new UserError('search needs a query, e.g. sc-timeline search "heffernan letter" (see sc-timeline --help)', 2);
	const {timeline} = context.loaded;
	const engine = new SearchEngine(buildCorpus(timeline), {index: 'lazy', facts: filterFacts(timeline), ...(context.filter && {filter: context.filter})});
	const ranking = engine.search(query);
	if (ranking === undefined || ranking.total === 0) {
		// `foo:bar` was searched as words: the explorer's search line says why it found nothing, and so does this.
		const problem = queryProblem(query);
		context.warn(`no match for "${quoteInput(query, echoedColumns)}"${problem === undefined ? '' : `: ${sanitize(problem)}`}`);
		return 1;
	}
	const results = materialize(engine, ranking, 0, context.limit ?? ranking.total);
	if (context.format === 'json') {
		// A range on one line, `[12, 19]`, rather than four.
		context.out(jsonText(results.map(result => resultJson(result, context.loaded))).replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2]'));
	} else context.out(context.format === 'markdown' ? markdown(results, context) : text(results, context));
	return 0;
};
