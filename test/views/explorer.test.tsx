import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {createStyle} from '../../source/core/text/style.js';
import {citationBar} from '../../source/core/screen/article-lines.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {expectFits, renderAt} from './render-at.js';
import {displayWidth} from '../../source/core/text/width.js';

const timeline = makeTimeline({events: 40, paragraphs: 30});
const events = timeline.events;
const down = '\u001B[B';
const enter = '\r';

afterEach(() => {
	cleanup();
});

/** The quote an event cites, as the article shows it (first words, which stay on one line). */
/** The article pane's words in reading order: each line's part right of the pane divider, citation bars dropped. */
const articleText = (screen: string) =>
	screen
		.split('\n')
		.map(line => (line.includes('│') ? line.slice(line.lastIndexOf('│') + 1) : line).replaceAll(citationBar, ' '))
		.join(' ')
		.replace(/\s+/g, ' ');
const quoteOf = (index: number) => events[index]!.citations[0]!.quote;
const headlineStart = (index: number) => events[index]!.headline.slice(0, 8);

for (const [columns, rows] of [
	[80, 24],
	[120, 40],
	[40, 12],
] as const) {
	describe(`at ${columns}×${rows}`, () => {
		const open = () => renderAt(<App timeline={timeline} style={createStyle('color')} />, columns, rows);

		it('first screen: title, counts, years, the first event selected, its card and where its citation is, hints and position', () => {
			const view = open();
			const screen = view.screen();
			expectFits(view, columns, rows);
			expect(view.lines()[0]).toContain('Fixture story');
			if (columns >= 60) expect(view.lines()[0]).toContain('40 events · 2 sources');
			expect(screen).toContain(' 2008');
			expect(screen).toMatch(new RegExp(`▸.*${headlineStart(0)}`));
			expect(screen).toContain('? help');
			expect(screen).toContain('q quit');
			expect(screen).toMatch(/1\/40 *$/m);
			if (columns >= 60) {
				// The card leads the pane: the headline, then the date; the pane's title says where the article is.
				expect(articleText(screen)).toContain(`${events[0]!.headline} Date`);
				expect(screen).toMatch(/─ (citation )?1\/1 · /);
			}
		});

		it('moving the selection: j and ↓ move the marker and the position, and the article follows', async () => {
			const view = open();
			await view.press('j', down);
			await view.until(screen => expect(screen).toMatch(/3\/40 *$/m));
			expect(view.screen()).toMatch(new RegExp(`▸.*${headlineStart(2)}`));
			expect(view.screen()).not.toMatch(new RegExp(`▸.*${headlineStart(0)}`));
			expectFits(view, columns, rows);
		});

		it('opening the article: Enter focuses the pane, c scrolls to the cited passage, which is marked', async () => {
			const view = open();
			await view.press('j', 'j', 'j', 'j', enter);
			await view.until(screen => expect(screen).toMatch(/━ (citation )?1\/1/));
			await view.press('c');
			await view.until(screen => expect(screen).toContain(citationBar));
			const screen = view.screen();
			const quote = quoteOf(4);
			const barred = view
				.lines()
				.map(line => line.slice(line.indexOf(citationBar)))
				.filter(line => line.startsWith(citationBar))
				.map(line => line.slice(citationBar.length).trim())
				.join(' ');
			expect(barred).toContain(quote.split(' ').slice(0, 2).join(' '));
			if (columns >= 60) expect(screen).toContain('c back');
			// The cited words are painted with the highlight (yellow background).
			expect(view.raw()).toContain('\u001B[43m');
			expectFits(view, columns, rows);
		});

		it('scrolling: j, Space and G move the article and its position indicator; c comes back', async () => {
			const view = open();
			await view.press(enter, 'g');
			await view.until(screen => expect(screen).toMatch(/ 1-\d+\/\d+ \d+% /));
			const first = view.screen();
			await view.press(' ');
			await view.until(screen => expect(screen).not.toBe(first));
			expect(view.screen()).not.toMatch(/ 1-\d+\/\d+ \d+% /);
			await view.press('G');
			await view.until(screen => expect(screen).toMatch(/\/\d+ 100% /));
			const source = events[0]!.citations[0]!.source;
			expect(view.screen()).toContain(`${source}-p30`);
			// Scrolled into the article, its headline stays pinned on the pane's first row.
			const headline = timeline.sources.find(item => item.id === source)!.headline;
			// The first row under the header, the time axis (when the terminal is tall enough) and the rule.
			const bodyRow = view.lines().findIndex(line => /^[━─]/.test(line)) + 1;
			expect(articleText(view.lines()[bodyRow] ?? '')).toContain(headline.slice(0, 12));
			await view.press('c');
			await view.until(screen => expect(articleText(screen)).toContain(quoteOf(0).split(' ').slice(0, 2).join(' ')));
			expectFits(view, columns, rows);
		});

		it('help overlay: ? lists the bindings from the key table, q closes it', async () => {
			const view = open();
			await view.press('?');
			await view.until(screen => expect(screen).toContain('━ Help'));
			expect(view.screen()).toContain('everywhere');
			expect(view.screen()).toContain('focus the other pane');
			expectFits(view, columns, rows);
			await view.press('G');
			await view.until(screen => expect(screen).toContain('where Massachusetts stood'));
			await view.press('q');
			await view.until(screen => expect(screen).not.toContain('━ Help'));
			expect(view.screen()).toContain('━ Timeline');
		});

		it('summary overlay: s shows the printed summary, scrollable', async () => {
			const view = open();
			await view.press('s');
			await view.until(screen => expect(screen).toContain('━ Summary'));
			expect(view.screen()).toContain('40 events');
			expectFits(view, columns, rows);
		});
	});
}

describe('narrow and small terminals', () => {
	const style = createStyle('color');

	it('says the terminal is too small at 20×6, and nothing else', () => {
		const view = renderAt(<App timeline={timeline} style={style} />, 20, 6);
		expect(view.screen()).toContain('Terminal too small');
		expect(view.screen()).toContain('need 30×8');
		expectFits(view, 20, 6);
	});

	it('shows one pane at a time at 40×12; Tab switches to the event', async () => {
		const view = renderAt(<App timeline={timeline} style={style} />, 40, 12);
		expect(view.screen()).toContain('━ Timeline');
		expect(view.screen()).toContain('⇥ event');
		await view.press('\t');
		await view.until(screen => expect(screen).toContain(' Date '));
		expect(view.screen()).not.toContain('Timeline');
	});

	it('re-lays out at once on resize, down to "too small" and back', async () => {
		const view = renderAt(<App timeline={timeline} style={style} />, 80, 24);
		await view.press('j');
		await view.until(screen => expect(screen).toMatch(/2\/40 *$/m));
		view.resize(120, 40);
		await view.until(() => expect(view.lines()[0]?.length).toBeGreaterThan(100));
		expectFits(view, 120, 40);
		view.resize(20, 6);
		await view.until(screen => expect(screen).toContain('Terminal too small'));
		view.resize(40, 12);
		await view.until(screen => expect(screen).toMatch(/2\/40 *$/m));
		expectFits(view, 40, 12);
	});

	it('stacks the panes in a narrow, tall terminal', () => {
		const view = renderAt(<App timeline={timeline} style={style} />, 50, 40);
		const screen = view.screen();
		expect(screen.indexOf('━ Timeline')).toBeGreaterThanOrEqual(0);
		expect(screen.indexOf('━ Timeline')).toBeLessThan(screen.indexOf('─ citation 1/1'));
		expectFits(view, 50, 40);
	});
});

describe('without colour', () => {
	it('marks the selection, focus and citation with reverse video, bold and glyphs only', async () => {
		const view = renderAt(<App timeline={timeline} style={createStyle('mono')} />, 80, 24);
		await view.press(enter, 'c');
		await view.until(screen => expect(screen).toContain(citationBar));
		const raw = view.raw();
		expect(raw).not.toMatch(/\u001B\[(3\d|4\d|9\d)(;\d+)*m/);
		expect(raw).toContain('\u001B[7m');
		expect(view.screen()).toContain('▸');
		expect(view.screen()).toContain(citationBar);
	});
});

it('shows an event with no source by its own text', async () => {
	const own = events.findIndex(event => event.citations.length === 0);
	const view = renderAt(<App timeline={timeline} style={createStyle('color')} />, 80, 24);
	await view.press(...Array<string>(own).fill('j'));
	await view.until(screen => expect(articleText(screen)).toContain('The first paragraph of the event itself.'));
	expect(view.screen()).toContain('Event with its own text');
	// The card alone: no article, so no citation keys in the hints.
	expect(view.screen()).toContain('─ Event ─');
	expect(view.screen()).not.toContain(']/[');
});

describe('text the terminal draws otherwise than widths count', () => {
	it('draws no soft hyphen, so the divider stays in its column on every row; the timeline keeps it', () => {
		const soft = makeTimeline({events: 6, paragraphs: 4});
		const withSoft = {...soft, events: soft.events.map((event, index) => (index === 1 ? {...event, headline: `Gov\u00ADernor ${event.headline}`} : event))};
		const view = renderAt(<App timeline={withSoft} style={createStyle('mono')} />, 100, 24);
		expect(view.raw()).not.toContain('\u00AD');
		expect(view.screen()).toContain('Governor');
		const dividers = new Set(
			view
				.lines()
				.filter(line => line.includes('│'))
				.map(line => displayWidth(line.slice(0, line.indexOf('│')))),
		);
		expect(dividers.size).toBe(1);
		expect(withSoft.events[1]!.headline).toContain('\u00AD');
	});
});
