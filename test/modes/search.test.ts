import {describe, expect, it} from 'vitest';
import {update} from '../../source/state/update.js';
import {contextOf, selectedDetail, type State} from '../../source/state/state.js';
import {hintsFor} from '../../source/state/hints.js';
import {modes} from '../../source/modes/index.js';
import {act, open, press} from '../helpers/explorer-state.js';
import {linesOf} from '../../source/core/screen/article-lines.js';
import {buildCorpus} from '../../source/core/search/corpus.js';
import {SearchEngine} from '../../source/core/search/engine.js';
import {materialize} from '../../source/core/search/results.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';

const timeline = makeTimeline({events: 60, paragraphs: 30});
const engine = new SearchEngine(buildCorpus(timeline));
const start = (columns = 100, rows = 30) => open(timeline, columns, rows);
const type = (state: State, text: string) => press(state, ...[...text].map(char => (char === ' ' ? 'space' : char)));

/** What the search worker would answer for the query on the line. */
function answer(state: State): State {
	const ranking = engine.search(state.search.query)!;
	return update(state, {type: 'searchResults', query: state.search.query, total: ranking.total, from: 0, results: materialize(engine, ranking, 0, 200)});
}

/** Opens the search, types `query` and receives its results. */
const searchFor = (state: State, query: string) => answer(type(press(state, '/'), query));

const idOf = (state: State) => state.shown.events[state.selected]?.id;

describe('the search line', () => {
	it('/ opens it, where typing is text: q, s, ? and / go on the line', () => {
		const state = type(press(start(), '/'), 'q s?/');
		expect(state.mode).toBe('search');
		expect(contextOf(state)).toBe('search');
		expect(state.search.query).toBe('q s?/');
		expect(state.exitCode).toBeUndefined();
	});

	it('Backspace (Delete in Ink) removes a letter, Ctrl-W a word, Ctrl-U everything', () => {
		let state = type(press(start(), '/'), 'state police');
		state = press(state, 'delete');
		expect(state.search.query).toBe('state polic');
		state = press(state, 'backspace', 'ctrl+w');
		expect(state.search.query).toBe('state ');
		state = press(state, 'ctrl+w');
		expect(state.search.query).toBe('');
		state = press(type(state, 'abc'), 'ctrl+u');
		expect(state.search.query).toBe('');
	});

	it('takes pasted text whole: a line break inside it is a space, an escape sequence in it is no text', () => {
		const state = act(press(start(), '/'), {type: 'key', name: undefined, input: 'state\npolice\u001B[31m'});
		expect(state.search.query).toBe('state police');
		expect(act(press(start(), '/'), {type: 'key', name: undefined, input: 'state police'}).search.query).toBe('state police');
	});

	it('keys that arrive together in one read are keys, not spaces: a held Backspace, Ctrl-W, Ctrl-U', () => {
		const batch = (state: State, input: string) => update(state, {type: 'key', name: undefined, input});
		const typed = type(press(start(), '/'), 'state police');
		expect(batch(typed, '\u007F\u007F').search.query).toBe('state poli');
		expect(batch(typed, '\u007F\u007F\u007F\u007F\u007F\u007F\u007F').search.query).toBe('state');
		expect(batch(typed, '\u0017').search.query).toBe('state ');
		expect(batch(typed, '\u0015abc').search.query).toBe('abc');
		// Typed then deleted, all in one read.
		expect(batch(typed, 's\u007F\u007F').search.query).toBe('state polic');
	});

	it('says a query waits while search is still being prepared, and searching once it answers; results replace either', async () => {
		const {queryLine} = await import('../../source/views/Search.js');
		const {createStyle} = await import('../../source/core/text/style.js');
		const {stripVTControlCharacters} = await import('node:util');
		const status = (state: State) =>
			stripVTControlCharacters(queryLine({search: state.search, width: 100, style: createStyle('mono')}))
				.trim()
				.split(/ {2,}/)
				.at(-1);
		const preparing = type(press(act(start(), {type: 'searchReadiness', ready: false}), '/'), 'police');
		expect(status(preparing)).toBe('preparing search…');
		expect(status(act(preparing, {type: 'searchReadiness', ready: true}))).toBe('searching…');
		expect(status(answer(preparing))).toMatch(/^\d+ match(es)?$|^no match$/);
	});

	it('hints only its own keys: global letters are text here', () => {
		const keys = hintsFor(press(start(), '/'), modes).map(hint => hint.keys);
		expect(keys).toEqual(expect.arrayContaining(['↑↓', '⏎', 'esc']));
		expect(keys).not.toContain('q');
		expect(keys).not.toContain('s');
	});
});

describe('results', () => {
	it('are kept for the query they answer; ↓ ↑ PgDn pick within them (Ctrl-N and Ctrl-P walk the history)', () => {
		let state = searchFor(start(), 'summary of event');
		expect(state.search.answer?.query).toBe('summary of event');
		expect(state.search.answer?.total).toBe(60);
		state = press(state, 'down', 'down');
		expect(state.search.picked).toBe(2);
		state = press(state, 'up', 'up');
		expect(state.search.picked).toBe(0);
		state = press(state, 'pagedown', 'pagedown');
		expect(state.search.picked).toBeGreaterThan(10);
		expect(state.search.top).toBeGreaterThan(0);
	});

	it('arrows that arrive together in one read each move the pick', () => {
		const batch = (state: State, input: string) => update(state, {type: 'key', name: undefined, input});
		const state = searchFor(start(), 'alpha');
		expect(state.search.answer!.results.length).toBeGreaterThan(4);
		const down = '\u001B[B';
		const up = '\u001B[A';
		expect(batch(state, down + down).search.picked).toBe(2);
		expect(batch(state, down.repeat(4)).search.picked).toBe(4);
		expect(batch(state, down.repeat(3) + up).search.picked).toBe(2);
		expect(batch(state, down + down).search.query).toBe('alpha');
		// ↓ then Enter in one read opens the second result; Esc in one read with ↓ cancels.
		const opened = batch(state, `${down}\r`);
		expect(opened.mode).toBe('browse');
		expect(opened.selected).toBe(state.search.answer!.results[1]!.eventIndex);
		expect(batch(state, `${down}\u001B`).mode).toBe('browse');
	});

	it('the same query answered again (the index built) keeps the picked result picked, wherever it now is; another query starts at the top', () => {
		let state = press(searchFor(start(), 'summary of event'), 'down', 'down', 'down');
		const picked = state.search.answer!.results[3]!;
		// The answer again, with a new best result in front.
		const again = [{...state.search.answer!.results[10]!}, ...state.search.answer!.results.filter((_, index) => index !== 10)];
		state = act(state, {type: 'searchResults', query: state.search.query, total: state.search.answer!.total, from: 0, results: again});
		expect(state.search.picked).toBe(4);
		expect(state.search.answer!.results[state.search.picked]).toEqual(picked);
		const other = act(state, {type: 'searchResults', query: 'summary', total: 3, from: 0, results: again.slice(0, 3)});
		expect(other.search.picked).toBe(0);
	});

	it('appends a later page of the same query and ignores one for another query', () => {
		const state = searchFor(start(), 'summary of event');
		const more = engine.search('summary of event')!;
		const page = materialize(engine, more, 200, 210);
		expect(act(state, {type: 'searchResults', query: 'other', total: 10, from: 200, results: page})).toBe(state);
	});
});

describe('Enter', () => {
	it('on an event selects it, back in the timeline, with its article matches highlighted', () => {
		const target = timeline.events.find(event => event.summary === 'Summary of event 7.')!;
		let state = searchFor(start(), "'event\\ 7.");
		expect(state.search.answer?.results[0]?.kind).toBe('event');
		state = press(state, 'return');
		expect(state.mode).toBe('browse');
		expect(idOf(state)).toBe(target.id);
		expect(state.focus).toBe('timeline');
		expect(state.matches?.content).toBe(selectedDetail(state)?.article?.content);
	});

	it('on a passage opens its article at the match, every match highlighted; n and N step through them', () => {
		let state = searchFor(start(), 'alpha-p13 | alpha-p25');
		const passage = state.search.answer!.results.findIndex(result => result.kind === 'passage' && result.paragraph === 25);
		state = press(state, ...Array.from({length: passage}, () => 'down'), 'return');
		const view = selectedDetail(state)!;
		expect(state.focus).toBe('article');
		expect(view.article?.source?.id).toBe('alpha');
		const {matches} = state;
		expect(matches?.ranges.map(range => range.paragraph)).toEqual([12, 24]);
		expect(matches?.current).toBe(1);
		// The match is on screen.
		const line = view.articleStart + linesOf(view.layout!, matches!.ranges[1]!).first;
		expect(line).toBeGreaterThanOrEqual(state.articleTop);
		expect(line).toBeLessThan(state.articleTop + view.height);
		const next = press(state, 'n');
		expect(next.matches?.current).toBe(0);
		expect(view.articleStart + linesOf(view.layout!, next.matches!.ranges[0]!).first).toBeGreaterThanOrEqual(next.articleTop);
		expect(press(next, 'N').matches?.current).toBe(1);
		expect(press(next, 'N', 'N').matches?.current).toBe(0);
	});

	it("on a passage the selected event itself cites, the pane is at that citation (its number in the title), not the event's first", () => {
		const story = loadTimeline().timeline;
		const storyEngine = new SearchEngine(buildCorpus(story));
		let state = type(press(open(story, 100, 30), '/'), "'dubious");
		const ranking = storyEngine.search(state.search.query)!;
		state = update(state, {type: 'searchResults', query: state.search.query, total: ranking.total, from: 0, results: materialize(storyEngine, ranking, 0, 200)});
		const at = state.search.answer!.results.findIndex(result => result.kind === 'passage');
		const result = state.search.answer!.results[at]!;
		state = press(state, ...Array.from({length: at}, () => 'down'), 'return');
		const {citations} = selectedDetail(state)!;
		const cited = citations.findIndex(item => item.source.id === result.sourceId && item.citation.paragraph === result.paragraph);
		// The event cites that paragraph, and not first.
		expect(cited).toBeGreaterThan(0);
		expect(state.citation).toBe(cited);
	});

	it('n past the last match wraps to the first and says so on the status line, N past the first to the last', () => {
		let state = searchFor(start(), 'alpha-p13 | alpha-p25');
		const passage = state.search.answer!.results.findIndex(result => result.kind === 'passage' && result.paragraph === 25);
		state = press(state, ...Array.from({length: passage}, () => 'down'), 'return');
		const wrapped = press(state, 'n');
		expect(wrapped.status?.text).toBe('Wrapped around to the first match, 1/2');
		expect(press(wrapped, 'N').status?.text).toBe('Wrapped around to the last match, 2/2');
		expect(press(wrapped, 'n').status).toBeUndefined();
	});

	it('with nothing found does nothing', () => {
		const state = searchFor(start(), 'zzzzqqq');
		expect(press(state, 'return')).toEqual(state);
	});
});

describe('Esc', () => {
	it('closes the search and puts back the selection, focus and article position', () => {
		const before = press(start(), 'j', 'j', 'j', 'return', 'space');
		const state = press(searchFor(before, 'alpha'), 'down', 'down', 'escape');
		expect(state.mode).toBe('browse');
		expect(state.selected).toBe(before.selected);
		expect(state.focus).toBe('article');
		expect(state.articleTop).toBe(before.articleTop);
		expect(state.listTop).toBe(before.listTop);
		// The query stays for the next /.
		expect(press(state, '/').search.query).toBe('alpha');
	});
});
