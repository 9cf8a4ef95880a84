/**
 * The search view: the search line, then the results, each on two lines: where it is (an
 * event's date and headline, or an article's outlet, date, headline and paragraph) and the
 * matched text around its first match, matched characters highlighted. The picked result is
 * marked `▸` and in reverse video, so it shows without colour.
 */
import type {Style} from '../core/text/style.js';
import type {Timeline} from '../core/model/schema.js';
import {displayWidth, fitWidth, truncate} from '../core/text/width.js';
import {queryProblem} from '../core/filter/field-filter.js';
import {drawLine, lineOf} from '../state/line-editor.js';
import {excerpt, paintRanges} from '../core/search/highlight.js';
import {locate} from '../core/search/location.js';
import type {SearchResult} from '../core/search/results.js';
import {keepVisible, visibleRange} from '../core/screen/viewport.js';
import {resultLines, type SearchState} from '../state/state.js';
import type {ModeViewProps} from '../state/mode.js';
import {Lines} from './Lines.js';

export type SearchProps = {
	search: SearchState;
	timeline: Timeline;
	width: number;
	height: number;
	style: Style;
	/** How many events the filter shows, while one applies (search keeps to them): said when nothing matches among them. */
	filtered?: number | undefined;
};

/**
 * The search line: the prompt, the query with a block cursor (the query in reverse video while it
 * is selected, as `/` reopens it), and at the right the state of the search, or why the query
 * cannot be read (`unknown filter field "foo:"`), in the command line's words.
 */
export function queryLine({search, width, style, filtered}: Pick<SearchProps, 'search' | 'width' | 'style' | 'filtered'>): string {
	const {query, answer} = search;
	const problem = queryProblem(query);
	const status =
		problem !== undefined
			? problem
			: answer === undefined || answer.query !== query
				? search.preparing === true
					? 'preparing search…'
					: 'searching…'
				: answer.total === 0
					? query.trim() === ''
						? ''
						: filtered === undefined
							? 'no match'
							: `no match in the ${filtered} filtered ${filtered === 1 ? 'event' : 'events'}`
					: `${answer.total} ${answer.total === 1 ? 'match' : 'matches'}`;
	// The query keeps room for itself (at least 12 columns); a long problem is cut to the rest.
	const right = status === '' ? '' : truncate(` ${status} `, Math.max(0, Math.min(displayWidth(` ${status} `), width - 6 - Math.max(12, displayWidth(query) + 1))));
	const line = lineOf(query, search.selected === true);
	const cursor = search.cursor === undefined ? line : {...line, cursor: search.cursor};
	// ` / ` before the query and the cursor in it.
	const room = Math.max(2, width - displayWidth(right) - 4);
	const chars = [...query];
	// A long query shows the part around the cursor, where the typing is.
	const from = chars.length < room ? 0 : Math.max(0, Math.min(cursor.cursor - room + 2, chars.length - room + 2));
	const shown = from === 0 ? cursor : {...cursor, text: chars.slice(from).join(''), cursor: cursor.cursor - from};
	const drawn = drawLine(shown, style.inverse, style.inverse);
	const paintedRight = problem === undefined ? style.dim(right) : style.bold(right);
	return fitWidth(` ${style.bold('/')} ${from > 0 ? '…' : ''}${drawn}`, width - displayWidth(right)) + paintedRight;
}

/** The two lines of one result. */
export function resultRows(result: SearchResult, timeline: Timeline, picked: boolean, width: number, style: Style): [string, string] {
	const where = locate(result, timeline);
	const headline = result.fields?.find(field => field.field === 'headline');
	const lead = where.when === '' ? '' : `${where.when} · `;
	const title = headline === undefined ? style.bold(where.title) : paintRanges(headline.text, headline.ranges, style.highlight, style.bold);
	const tail = where.paragraph === '' ? '' : ` · ${where.paragraph}`;
	const marker = picked ? style.inverse('▸') : ' ';
	// The headline is cut, never the paragraph number after it.
	const first = truncate(truncate(`${marker} ${style.dim(lead)}${title}`, Math.max(1, width - displayWidth(tail))) + style.dim(tail), width);
	const field = result.fields?.find(candidate => candidate.field !== 'headline');
	const summary = result.eventIndex === undefined ? '' : (timeline.events[result.eventIndex]?.summary ?? '');
	// An event that matched only in its headline shows its summary, for context.
	const body =
		result.kind === 'passage'
			? {label: '', text: result.text, ranges: result.ranges}
			: field
				? {label: `${field.field}: `, text: field.text, ranges: field.ranges}
				: {label: '', text: summary, ranges: []};
	const cut = excerpt(body.text, body.ranges, Math.max(1, width - 4 - body.label.length));
	return [first, truncate(`    ${style.dim(body.label)}${paintRanges(cut.text, cut.ranges, style.highlight)}`, width)];
}

/** The visible lines of the search view. */
export function searchLines({search, timeline, width, height, style, filtered}: SearchProps): string[] {
	const lines = [queryLine({search, width, style, filtered})];
	const results = search.answer?.results ?? [];
	const rows = Math.max(1, Math.floor((height - 1) / resultLines));
	// The picked result stays in view even when a resize shrank the list since it was picked.
	const {from, to} = visibleRange(keepVisible(search.top, search.picked, rows, results.length), rows, results.length);
	for (let index = from; index < to; index++) {
		const result = results[index];
		if (result !== undefined) lines.push(...resultRows(result, timeline, index === search.picked, width, style));
	}
	return lines;
}

export function Search(props: SearchProps) {
	return <Lines lines={searchLines(props)} width={props.width} height={props.height} />;
}

/** The search mode's view: the body of the screen, below the rule. */
export function SearchView({state, style}: ModeViewProps) {
	const height = state.layout.kind === 'panes' ? state.layout.body.height : 1;
	const filtered = state.shown === state.all ? undefined : state.shown.events.length;
	return <Search search={state.search} timeline={state.shown} width={state.layout.columns} height={height} style={style} filtered={filtered} />;
}
