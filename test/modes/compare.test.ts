import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters} from 'node:util';
import {update} from '../../source/state/update.js';
import {contextOf, overlayHeight, type State} from '../../source/state/state.js';
import {compare, compareLayout, renderedComparison, selectionOf} from '../../source/modes/compare.js';
import {pick} from '../../source/modes/pick.js';
import {hintsFor} from '../../source/state/hints.js';
import {modes} from '../../source/modes/index.js';
import {act, open, overlayLines, press} from '../helpers/explorer-state.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {maxTop} from '../../source/core/screen/viewport.js';
import type {Timeline} from '../../source/core/model/schema.js';

const {timeline} = loadTimeline();
const start = (columns = 80, rows = 24, data: Timeline = timeline) => open(data, columns, rows);
/** The name on the rule above the view, from the mode showing. */
const compareTitle = (state: State) => (state.mode === 'pick' ? pick : compare).title(state);
/** The compare view's lines as a reader sees them, styling removed. */
const lines = (state: State) => overlayLines(state).map(line => stripVTControlCharacters(line));
const text = (state: State) => lines(state).join('\n');

/** The bundled timeline with a third statement, so `d` asks which two to compare. */
const three: Timeline = {
	...timeline,
	statements: [...timeline.statements, {...timeline.statements[1]!, id: 'letter-again', title: 'The letter, released', date: {value: '2011-06-06', precision: 'day'}}],
};

describe('d: the comparison', () => {
	it('opens on the pair the data names, in the layout the width calls for, and closes with d, Esc or q', () => {
		const narrow = press(start(), 'd');
		expect(narrow.mode).toBe('compare');
		expect(contextOf(narrow)).toBe('compare');
		expect(selectionOf(narrow)).toMatchObject({kind: 'statements', before: {id: timeline.comparison?.[0]}, after: {id: timeline.comparison?.[1]}});
		expect(compareTitle(narrow)).toBe('Compare 2010 → 2011 · claims · unified');
		expect(text(narrow)).toContain("[-The-]{+Patrick won't sign any memorandum of understanding for the+} state");
		expect(compareTitle(press(start(160, 40), 'd'))).toBe('Compare 2010 → 2011 · claims · side by side');
		for (const key of ['d', 'escape', 'q']) expect(press(narrow, key).mode).toBe('browse');
		// Help opened from the comparison closes back to it, where the reader was.
		const scrolled = press(narrow, 'j', 'j');
		for (const key of ['?', 'q', 'escape']) {
			const back = press(scrolled, '?', key);
			expect(back.mode).toBe('compare');
			expect(back.overlayTop).toBe(scrolled.overlayTop);
		}
		expect(press(narrow, 'q').exitCode).toBeUndefined();
	});

	it('u switches side by side and unified, staying on the same topic', () => {
		const opened = press(start(), 'd', 'n', 'n');
		const at = renderedComparison(opened)!;
		expect(lines(opened)[opened.overlayTop]).toMatch(/── Mandatory or voluntary/);
		const toggled = press(opened, 'u');
		expect(compareLayout(toggled)).toBe('side-by-side');
		expect(text(toggled)).toContain(' │ ');
		expect(lines(toggled)[toggled.overlayTop]).toMatch(/── Mandatory or voluntary/);
		expect(renderedComparison(toggled)?.lines).not.toEqual(at.lines);
		expect(compareLayout(press(toggled, 'u'))).toBe('unified');
	});

	it('scrolls like less: j k, Space b, g G, never past the end', () => {
		const opened = press(start(), 'd');
		const total = overlayLines(opened).length;
		const height = overlayHeight(opened);
		expect(press(opened, 'j', 'j').overlayTop).toBe(2);
		expect(press(opened, 'j', 'j', 'k').overlayTop).toBe(1);
		expect(press(opened, 'space').overlayTop).toBe(height - 1);
		expect(press(opened, 'space', 'b').overlayTop).toBe(0);
		expect(press(opened, 'G').overlayTop).toBe(maxTop(total, height));
		expect(press(opened, 'G', 'j', 'g').overlayTop).toBe(0);
		expect(press(opened, 'G', 'space', 'j').overlayTop).toBe(maxTop(total, height));
	});

	it('n and N step from topic heading to topic heading', () => {
		const opened = press(start(), 'd');
		const {anchors} = renderedComparison(opened)!;
		expect(press(opened, 'n').overlayTop).toBe(anchors[0]);
		expect(press(opened, 'n', 'n').overlayTop).toBe(anchors[1]);
		expect(press(opened, 'n', 'n', 'N').overlayTop).toBe(anchors[0]);
		expect(press(opened, 'N').overlayTop).toBe(0);
	});

	it('f switches to the two articles paragraph by paragraph, and back', () => {
		const full = press(start(), 'd', 'j', 'f');
		expect(full.overlayTop).toBe(0);
		expect(selectionOf(full)?.kind).toBe('articles');
		expect(compareTitle(full)).toBe('Compare 2010 → 2011 · articles · unified');
		expect(text(full)).toContain('── Paragraph 1 ↔ 1');
		expect(selectionOf(press(full, 'f'))?.kind).toBe('statements');
	});

	it("reopens as it was left, keeps the scroll in range on resize, and hints its own keys, not the panes'", () => {
		const left = press(start(), 'd', 'u', 'f', 'escape');
		expect(press(left, 'd').compare).toMatchObject({fullText: true, layout: 'side-by-side'});
		const scrolled = press(start(), 'd', 'G');
		const taller = update(scrolled, {type: 'resize', columns: 80, rows: 60});
		expect(taller.overlayTop).toBe(maxTop(overlayLines(taller).length, overlayHeight(taller)));
		const labels = hintsFor(press(start(), 'd'), modes).map(hint => hint.label);
		expect(labels.slice(0, 3)).toEqual(['layout', 'full text', 'scroll']);
		expect(labels).not.toContain('pane');
	});

	it('a timeline with fewer than two statements compares its first two articles, or says there is nothing to compare', () => {
		const articles = press(start(80, 24, {...timeline, statements: [], comparison: undefined}), 'd');
		expect(selectionOf(articles)?.kind).toBe('articles');
		expect(press(articles, 'f', 'u').mode).toBe('compare');
		// Nothing to compare: d is not offered, and pressed says why on the status line.
		const bare = start(80, 24, {...timeline, statements: [], sources: timeline.sources.slice(0, 1), comparison: undefined});
		expect(hintsFor(bare, modes).map(hint => hint.keys)).not.toContain('d');
		const pressed = press(bare, 'd');
		expect(pressed.mode).toBe('browse');
		expect(pressed.status).toEqual({kind: 'info', text: 'Nothing to compare: this timeline has no two statements or articles'});
		expect(press(pressed, 'j').status).toBeUndefined();
	});

	it('while a large file is still being read, d says so rather than opening on what is not read yet', () => {
		const loading = act(start(), {type: 'replaceTimeline', timeline: {...timeline, statements: [], events: timeline.events.slice(0, 4)}, progress: 'reading events 40%'});
		expect(hintsFor(loading, modes).map(hint => hint.keys)).not.toContain('d');
		const pressed = press(loading, 'd');
		expect(pressed.mode).toBe('browse');
		expect(pressed.status).toEqual({kind: 'info', text: 'Still reading the file: compare once it is read'});
		expect(press(act(pressed, {type: 'replaceTimeline', timeline, progress: undefined}), 'd').mode).not.toBe('browse');
	});

	it('says in full why there is nothing to compare, wrapped to the width, at 80 columns', () => {
		// As the comparison shows once the timeline under it no longer has two of either (a file saved again, read by --watch).
		const nothing: State = {
			...start(80, 24, {...timeline, statements: [], sources: timeline.sources.slice(0, 1), comparison: undefined}),
			mode: 'compare',
			compare: {fullText: false, base: undefined},
		};
		expect(
			lines(nothing)
				.map(line => line.trim())
				.join(' '),
		).toBe('Nothing to compare: this timeline has fewer than two statements and fewer than two articles.');
		for (const line of lines(nothing)) expect(line.length).toBeLessThanOrEqual(79);
	});
});

describe('a search opened over the comparison, the summary or help', () => {
	it('Esc goes back to the view it was opened over, where the reader was; Enter on a result goes to the timeline', () => {
		const compare = press(start(), 'd', 'j', 'j', 'j');
		expect(compare.overlayTop).toBe(3);
		const cancelled = press(compare, '/', 'x', 'escape');
		expect(cancelled.mode).toBe('compare');
		expect(cancelled.overlayTop).toBe(3);
		expect(press(cancelled, 'escape').mode).toBe('browse');

		// Help over the comparison, search over help: Esc twice steps back through both.
		const help = press(compare, '?', 'j');
		const back = press(help, '/', 'x', 'escape');
		expect(back.mode).toBe('help');
		expect(back.overlayTop).toBe(help.overlayTop);
		const closed = press(back, 'escape');
		expect(closed.mode).toBe('compare');
		expect(closed.overlayTop).toBe(3);

		const summary = press(start(), 's', 'j', '/', 'x', 'escape');
		expect(summary.mode).toBe('summary');
		expect(summary.overlayTop).toBe(1);

		const found = update(press(compare, '/', 'x'), {
			type: 'searchResults',
			query: 'x',
			total: 1,
			from: 0,
			results: [{kind: 'event', eventIndex: 2, field: 'headline', text: 'x', score: 0, ranges: []}],
		});
		const opened = press(found, 'return');
		expect(opened.mode).toBe('browse');
		expect(opened.selected).toBe(2);
		expect(press(opened, 'escape').mode).toBe('browse');
	});
});

describe('picking two statements', () => {
	it('d on a timeline with more than two statements asks for the first, then the second, then compares them', () => {
		const picking = press(start(80, 24, three), 'd');
		expect(picking.mode).toBe('pick');
		expect(contextOf(picking)).toBe('pick');
		expect(compareTitle(picking)).toBe('Compare · pick two statements');
		expect(lines(picking)[0]).toBe(' Compare two of 3 statements: pick the first');
		const chosen = press(picking, 'return', 'j', 'return');
		expect(chosen.mode).toBe('compare');
		expect(selectionOf(chosen)).toMatchObject({before: {id: timeline.statements[0]!.id}, after: {id: 'letter-again'}});
		expect(lines(chosen)[0]).toBe(' 2010 → 2011  4 topics: 2 reworded, 2 replaced.');
	});

	it('compares the earlier statement against the later, whichever is picked first', () => {
		// The released letter (third), then the 2010 statement (first): 2010 → 2011 all the same.
		const chosen = press(start(80, 24, three), 'd', 'j', 'j', 'return', 'k', 'k', 'return');
		expect(chosen.mode).toBe('compare');
		expect(selectionOf(chosen)).toMatchObject({before: {id: timeline.statements[0]!.id}, after: {id: 'letter-again'}});
		expect(lines(chosen)[0]).toMatch(/^ 2010 → 2011 /);
	});

	it('k and j move, the first pick cannot be picked again, Esc steps back then closes', () => {
		const picking = press(start(80, 24, three), 'd', 'return');
		expect(picking.compare?.picker).toEqual({cursor: 1, first: 0});
		expect(press(picking, 'k').compare?.picker?.cursor).toBe(0);
		expect(press(picking, 'k', 'return').mode).toBe('pick');
		expect(press(picking, 'k', 'return').status).toEqual({text: 'That statement is picked already: pick another to compare it with', kind: 'error'});
		expect(press(picking, 'escape').compare?.picker).toEqual({cursor: 0});
		expect(press(picking, 'escape', 'escape').mode).toBe('browse');
	});

	it('p picks other statements from the comparison; Esc goes back to it', () => {
		const compared = press(start(80, 24, three), 'd', 'return', 'return');
		expect(selectionOf(compared)?.after.id).toBe(timeline.statements[1]!.id);
		const again = press(compared, 'p');
		expect(again.mode).toBe('pick');
		expect(press(again, 'escape').mode).toBe('compare');
		const other = press(again, 'j', 'return', 'j', 'return');
		expect(selectionOf(other)).toMatchObject({before: {id: timeline.statements[1]!.id}, after: {id: 'letter-again'}});
		expect(text(other)).toContain('4 topics: 4 unchanged.');
	});
});
