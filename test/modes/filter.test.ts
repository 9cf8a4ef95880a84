import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {fold} from '../../source/core/search/fold.js';
import {listHeight, overlayHeight, type State} from '../../source/state/state.js';
import {overlaySlice} from '../../source/views/Overlay.js';
import {hintsFor} from '../../source/state/hints.js';
import {modes} from '../../source/modes/index.js';
import {appliedFilter, headerCounts, shownIndex} from '../../source/modes/filter.js';
import {indexTimeline} from '../../source/core/screen/timeline-rows.js';
import {act, open, overlayLines, press} from '../helpers/explorer-state.js';

const {timeline: story} = loadTimeline();
const start = (columns = 80, rows = 24) => open(story, columns, rows);
const heffernan = 'Mary Beth Heffernan';
const withHeffernan = story.events.filter(event => event.actors.includes(heffernan));

/** Moves the chooser's cursor to `value` (a value line, as shown) and toggles it. */
function toggle(state: State, value: string): State {
	let next = state;
	for (let step = 0; step < 200 && !(overlayLines(next).find(line => line.includes(value) && /\[[ x]\]/.test(line)) ?? '').startsWith(' \u001B[7m'); step++) {
		const cursorLine = overlayLines(next).findIndex(line => line.includes('\u001B[7m'));
		const target = overlayLines(next).findIndex(line => line.includes(value) && /\[[ x]\]/.test(line));
		next = press(next, target > cursorLine ? 'j' : 'k');
	}
	return press(next, 'space');
}

describe('the facet chooser (f)', () => {
	it('lists each field with each value and how many events have it', () => {
		const lines = overlayLines(press(start(), 'f')).map(line => line.replace(/\u001B\[\d+m/g, ''));
		expect(lines.some(line => line.trim() === 'actor')).toBe(true);
		const row = lines.find(line => line.includes(heffernan) && line.includes('[ ]'))!;
		expect(row.trimEnd()).toMatch(new RegExp(`\\[ \\] ${heffernan}\\s+${withHeffernan.length}$`));
		for (const field of ['tag', 'stance', 'source', 'year']) expect(lines.some(line => line.trim() === field)).toBe(true);
	});

	it('Space toggles a value (the count it would keep shows), Enter shows only the matching events and the header says so', () => {
		const chosen = toggle(press(start(), 'f'), heffernan);
		expect(overlayLines(chosen).find(line => line.includes(heffernan) && /\[[ x]\]/.test(line))).toContain('[x]');
		expect(overlayLines(chosen)[0]).toContain(`${withHeffernan.length} of ${story.events.length} events`);
		const applied = press(chosen, 'return');
		expect(applied.mode).toBe('browse');
		expect(applied.shown.events.map(event => event.id)).toEqual(withHeffernan.map(event => event.id));
		expect(headerCounts(applied)).toBe(`${withHeffernan.length} of ${story.events.length} · actor: ${heffernan}`);
	});

	it('moving, g and G walk the filtered list only', () => {
		const applied = press(toggle(press(start(), 'f'), heffernan), 'return');
		const last = press(applied, 'G');
		expect(last.shown.events[last.selected]?.id).toBe(withHeffernan.at(-1)!.id);
		const walked = press(press(applied, 'g'), ...withHeffernan.map(() => 'j'));
		expect(walked.shown.events[walked.selected]?.id).toBe(withHeffernan.at(-1)!.id);
		// The list's rows are those of the filtered events.
		expect(indexTimeline(walked.shown).rowOfEvent.length).toBe(withHeffernan.length);
		expect(walked.listTop).toBeLessThanOrEqual(indexTimeline(walked.shown).rowOfEvent[walked.selected]!);
		expect(listHeight(walked)).toBeGreaterThan(0);
	});

	it('keeps the selected event when the filter keeps it, else selects the next one kept', () => {
		const index = story.events.findIndex(event => event.id === withHeffernan[1]!.id);
		const kept = press(toggle(press(press(start(), ...Array.from({length: index}, () => 'j')), 'f'), heffernan), 'return');
		expect(kept.shown.events[kept.selected]?.id).toBe(withHeffernan[1]!.id);
		const hidden = story.events.findIndex(event => !event.actors.includes(heffernan));
		const next = press(toggle(press(press(start(), ...Array.from({length: hidden}, () => 'j')), 'f'), heffernan), 'return');
		const expected = story.events.slice(hidden).find(event => event.actors.includes(heffernan)) ?? withHeffernan.at(-1)!;
		expect(next.shown.events[next.selected]?.id).toBe(expected.id);
	});

	it('a search that finds nothing among the filtered events says it searched only those', async () => {
		const {queryLine} = await import('../../source/views/Search.js');
		const {stripVTControlCharacters} = await import('node:util');
		const {createStyle} = await import('../../source/core/text/style.js');
		const mono = createStyle('mono');
		const line = (state: State) => stripVTControlCharacters(queryLine({search: state.search, width: 100, style: mono, filtered: state.shown === state.all ? undefined : state.shown.events.length}));
		const answered = (state: State) => act(press(state, '/', ...'zzq'), {type: 'searchResults', query: 'zzq', total: 0, from: 0, results: []});
		expect(line(answered(press(toggle(press(start(), 'f'), heffernan), 'return')))).toMatch(new RegExp(`no match in the ${withHeffernan.length} filtered events $`));
		expect(line(answered(start()))).toMatch(/zzq +no match $/);
	});

	it('F clears the filter from the list, keeping the selected event; F is hinted only while a filter applies', () => {
		const applied = press(press(toggle(press(start(), 'f'), heffernan), 'return'), 'j');
		const id = applied.shown.events[applied.selected]!.id;
		expect(hintsFor(applied, modes).some(hint => hint.keys === 'F')).toBe(true);
		const cleared = press(applied, 'F');
		expect(cleared.shown).toBe(story);
		expect(cleared.shown.events[cleared.selected]?.id).toBe(id);
		expect(headerCounts(cleared)).toBe(`${story.events.length} events · ${story.sources.length} sources`);
		expect(hintsFor(cleared, modes).some(hint => hint.keys === 'F')).toBe(false);
	});

	it('Esc closes the chooser leaving the filter as it was; a choice keeping no event is refused with a message', () => {
		const cancelled = press(toggle(press(start(), 'f'), heffernan), 'escape');
		expect(cancelled.mode).toBe('browse');
		expect(cancelled.shown).toBe(story);
		expect(overlayLines(press(cancelled, 'f')).find(line => line.includes(heffernan) && /\[[ x]\]/.test(line))).toContain('[ ]');
		// Fields are ANDed: refusing events in 2008 (there are none; the letter came in 2011).
		const refusing = toggle(toggle(press(start(), 'f'), 'refusing'), '2008');
		const refused = press(refusing, 'return');
		expect(story.events.some(event => event.stance === 'refusing' && event.date.value.startsWith('2008'))).toBe(false);
		expect(refused.mode).toBe('filter');
		expect(refused.status?.text).toMatch(/^No event matches/);
	});

	it('places search results of the whole timeline in the filtered list', () => {
		const applied = press(toggle(press(start(), 'f'), heffernan), 'return');
		const inStory = story.events.findIndex(event => event.id === withHeffernan[2]!.id);
		expect(shownIndex(applied, inStory)).toBe(2);
		expect(
			shownIndex(
				applied,
				story.events.findIndex(event => !event.actors.includes(heffernan)),
			),
		).toBeUndefined();
		expect(appliedFilter(applied)?.expression).toBe(`actor:="${heffernan}"`);
		expect(fold(appliedFilter(applied)!.expression)).toContain('heffernan');
	});
});

describe('moving in the facet chooser', () => {
	const plain = (line: string) => line.replace(/\u001B\[\d+m/g, '');
	/** The screen's body as drawn: the summary and narrowing lines, then the list from its scroll. */
	const body = (state: State) => overlaySlice({lines: overlayLines(state), top: state.overlayTop, width: 80, height: overlayHeight(state), head: modes.filter?.head}).map(plain);
	const cursorLine = (state: State) => body(state).find(line => /^ +\[[ x]\] /.test(line) && overlayLines(state).some(raw => raw.includes('\u001B[7m') && plain(raw) === line));
	const total = (state: State) => Number(modes.filter?.position?.(state).split('/')[1]);

	it('G End go to the last value, g Home to the first; the summary line stays at the top while the list scrolls', () => {
		const opened = press(start(), 'f');
		const count = total(opened);
		for (const key of ['G', 'end']) {
			const last = press(opened, key);
			expect(modes.filter?.position?.(last)).toBe(`${count}/${count}`);
			expect(last.overlayTop).toBeGreaterThan(0);
			expect(body(last)[0]).toMatch(/^ \d+ events: Space toggles a value/);
			expect(cursorLine(last)).toBeDefined();
			expect(body(last).some(line => line.trim() === 'year')).toBe(true);
		}
		for (const key of ['g', 'home']) expect(modes.filter?.position?.(press(opened, 'G', key))).toBe(`1/${count}`);
	});

	it('PgDn PgUp move a page, Ctrl-D Ctrl-U half a page', () => {
		const opened = press(start(), 'f');
		const page = overlayHeight(opened) - 2 - 1;
		const half = Math.floor((overlayHeight(opened) - 2) / 2);
		expect(modes.filter?.position?.(press(opened, 'pagedown'))).toBe(`${1 + page}/${total(opened)}`);
		expect(modes.filter?.position?.(press(opened, 'pagedown', 'pageup'))).toBe(`1/${total(opened)}`);
		expect(modes.filter?.position?.(press(opened, 'ctrl+d'))).toBe(`${1 + half}/${total(opened)}`);
		expect(modes.filter?.position?.(press(opened, 'ctrl+d', 'ctrl+d', 'ctrl+u'))).toBe(`${1 + half}/${total(opened)}`);
	});

	it('/ narrows the values to those containing what is typed; Enter keeps the narrowed list, where Space toggles; Esc lists all again', () => {
		const typing = press(press(start(), 'f'), '/', ...'heff');
		expect(typing.mode).toBe('facetFind');
		const values = body(typing).filter(line => /\[[ x]\]/.test(line));
		expect(values).toHaveLength(1);
		expect(values[0]).toContain(heffernan);
		expect(body(typing)[1]).toContain('/ heff');
		// Letters that are keys in the list (j, k, g, G, q) are text while narrowing.
		expect(press(typing, 'q').search.query).toBe('');
		expect(press(typing, 'q').mode).toBe('facetFind');
		const kept = press(typing, 'return', 'space');
		expect(kept.mode).toBe('filter');
		expect(body(kept)[0]).toContain(`${withHeffernan.length} of ${story.events.length} events`);
		const all = press(press(typing, 'escape'), 'G');
		expect(all.mode).toBe('filter');
		expect(total(all)).toBe(total(press(start(), 'f')));
		expect(body(press(typing, 'ctrl+u', ...'zzz')).some(line => line.trim() === 'no value contains that')).toBe(true);
	});
});
