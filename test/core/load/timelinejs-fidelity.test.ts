/**
 * TimelineJS files of every shape (BC, cosmological, eras, ranges, times, media, display dates, a
 * bad event among good ones, Unicode headlines): each is loaded, printed, exported and loaded
 * again, and the model that comes back is the model that went out.
 */
import {describe, expect, it} from 'vitest';
import {fileURLToPath} from 'node:url';
import {loadTimeline, parseTimeline, type LoadedTimeline} from '../../../source/core/load/load-timeline.js';
import {toTimelineJs} from '../../../source/core/format/timelinejs-export.js';
import {renderEvent, eventMarkdown} from '../../../source/core/format/event-card.js';
import {renderEventLines} from '../../../source/core/format/event-list.js';
import {renderSummary} from '../../../source/core/format/summary-lines.js';
import {timelineMarkdown} from '../../../source/core/format/markdown-document.js';
import {eventArticle} from '../../../source/core/screen/article-content.js';
import {formatRow, indexTimeline} from '../../../source/core/screen/timeline-rows.js';
import {createStyle} from '../../../source/core/text/style.js';

const plainStyle = createStyle('none');

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/timelinejs/${name}.json`, import.meta.url));
const load = (name: string): LoadedTimeline => loadTimeline(path(name));
const shapes = ['bc', 'cosmological', 'eras-ranges', 'times', 'media', 'display-dates', 'bad-event', 'unicode', 'city-budget', 'newsroom'];
const options = {width: 80, style: plainStyle};

/** Export, then import the export: the timeline as it comes back. */
function again(loaded: LoadedTimeline): LoadedTimeline {
	return parseTimeline(JSON.stringify(toTimelineJs(loaded.raw)), 'export.json');
}

const byId = (loaded: LoadedTimeline, id: string) => loaded.timeline.events.find(event => event.id === id);
const shownDates = (loaded: LoadedTimeline) => renderEventLines(loaded.timeline, {width: 200, style: plainStyle}).map(line => line.split(/ {2,}/).slice(1).join('  '));

describe('TimelineJS round trip, shape by shape', () => {
	it.each(shapes)('%s: loads, prints every event, and comes back from its export with nothing lost', name => {
		const loaded = load(name);
		expect(loaded.timeline.events.length).toBeGreaterThan(0);
		expect(renderSummary(loaded.timeline, options).join('\n')).toContain(loaded.timeline.events[0]!.headline);
		for (const event of loaded.timeline.events) {
			expect(renderEvent(loaded.timeline, event, options)[0]).toBe(event.headline);
			expect(eventMarkdown(loaded.timeline, event)[0]).toMatch(/^# /);
		}
		const back = again(loaded);
		// Only the note saying where it came from may differ; every event, era, date, media and unknown field is the same.
		expect({...back.raw, notes: []}).toEqual({...loaded.raw, notes: []});
		expect(back.warnings).toEqual([]);
	});
});

describe('dates from the wild', () => {
	it('BC years read as BC, in order, without zero padding', () => {
		const loaded = load('bc');
		expect(shownDates(loaded)).toEqual(["138 BC  Hadrian's successor", 'Mar 15, 44 BC  Ides of March', '1 BC  The year before year one', '1  Year one', '602  Last great Roman-Persian War begins']);
	});

	it('cosmological years are readable and sorted from the Big Bang', () => {
		const loaded = load('cosmological');
		expect(loaded.timeline.scale).toBe('cosmological');
		expect(loaded.timeline.events.map(event => renderEvent(loaded.timeline, event, options)[2])).toEqual([
			'Date  13.8 billion years ago (known to the year)',
			'Date  4.6 billion years ago (known to the year)',
			'Date  66 million years ago (known to the year)',
			'Date  July 20, 1969 (known to the day)',
		]);
	});

	it('events on one day are ordered by their time, which is shown', () => {
		const loaded = load('times');
		expect(loaded.timeline.events.map(event => event.id)).toEqual(['day', 'doors-open', 'result', 'polls-close', 'photo-finish']);
		expect(renderEvent(loaded.timeline, byId(loaded, 'doors-open')!, options)).toContain('Date  November 3, 2020, 09:05 (known to the minute)');
		expect(shownDates(loaded)[4]).toBe('Nov 3, 2020 23:59:58.250  Photo finish');
	});

	it("ranges show both ends, and the author's date text replaces the computed one (show gives both)", () => {
		const ranges = load('eras-ranges');
		expect(shownDates(ranges)).toContain('1070–1088  Rebuilding of the minster');
		expect(shownDates(ranges)).toContain('May 1097 – Jul 15, 1099  First Crusade');
		const own = load('display-dates');
		const printing = renderEvent(own.timeline, byId(own, 'printing')!, options);
		expect(printing).toContain('Date      Between 1678-1680');
		expect(printing).toContain('Computed  1678–1680 (known to the year)');
		expect(shownDates(own)).toContain('Early summer – late summer 1901  A long season');
	});
});

describe('what the explorer shows', () => {
	it('eras are headings in the timeline list, before their first event', () => {
		const {timeline} = load('eras-ranges');
		const index = indexTimeline(timeline);
		const rows = index.rows.map(row => formatRow(timeline.events, index, row, {width: 60, selected: false, focused: false, style: plainStyle}).trimEnd());
		expect(rows.slice(0, 4)).toEqual([' 1066', ' ▌ Reign of William I  1066–1087', expect.stringMatching(/^ Oct 14 +Battle of Hastings$/), ' 1070']);
		expect(rows).toContain(' ▌ Reign of William II  1087–1100');
		expect(timelineMarkdown(timeline)).toEqual(expect.arrayContaining(['## Eras', '- **1066–1087**: Reign of William I']));
	});

	it('media show as text lines with caption, credit and URL, links as label <url>', () => {
		const {timeline} = load('media');
		const photo = timeline.events.find(event => event.headline === 'A photograph')!;
		expect(eventArticle(timeline, photo).content.paragraphs).toEqual([
			'See the story <https://example.invalid/story> for more.',
			'▣ The harbour at dawn — Ana Souza / Agency',
			'https://example.invalid/harbour.jpg',
			'→ https://example.invalid/gallery',
		]);
		const tweet = timeline.events.find(event => event.headline === 'A tweet')!;
		// Embed code: the words it shows, then the address it embeds.
		expect(eventArticle(timeline, tweet).content.paragraphs).toEqual(['▣ @x', 'Hello link', 'https://twitter.com/x/status/1']);
		// A slide with only media takes its caption as headline, and export leaves that headline out.
		const map = timeline.events.find(event => event.media?.caption === 'Map of the flood zone')!;
		expect(map.headline).toBe('Map of the flood zone');
		expect(toTimelineJs(load('media').raw).events.find(event => event.unique_id === map.id)?.text.headline).toBeUndefined();
	});
});

describe('lenient with files from the wild', () => {
	it('skips an event whose date cannot be read, with one warning naming it', () => {
		const loaded = load('bad-event');
		expect(loaded.timeline.events.map(event => event.id)).toEqual(['first', 'second', 'third']);
		expect(loaded.warnings).toEqual([
			`${path('bad-event')}: events[1].start_date.year: empty (event "Empty year"); event skipped`,
			`${path('bad-event')}: events[3].start_date.month: 13 is not a month (1 to 12) (event "Month thirteen"); event skipped`,
		]);
	});

	it('shows a number where TimelineJS shows text, as TimelineJS does; a field of another type is not read, with a warning naming it; a title that is not a slide makes none', () => {
		const document = {
			title: 'A title written as text',
			events: [
				{start_date: {year: 2001}, text: 'Text written as text', group: 5, unique_id: 5, media: {url: 42, caption: 'c'}, display_date: 7},
				{start_date: {year: 2002}, text: {headline: 42, text: ['a', 'list']}},
			],
		};
		const loaded = parseTimeline(JSON.stringify(document), 'types.json');
		expect(loaded.timeline.events.map(event => [event.headline, event.display, event.group, event.media])).toEqual([
			['7', '7', '5', undefined],
			['42', undefined, undefined, undefined],
		]);
		expect(loaded.warnings).toEqual([
			'types.json: events[0].text: expected {"headline": …, "text": …}, got text; not read',
			'types.json: events[0].media.url: expected text, got 42; media not read',
			'types.json: events[1].text.text: expected text, got a list; not read',
			'types.json: title: expected {"text": {"headline": …, "text": …}}, got text; not read',
		]);
		expect(toTimelineJs(loaded.raw)).not.toHaveProperty('title');
	});

	it('names a number too large to read as such, not as null', () => {
		const loaded = parseTimeline('{"events": [{"start_date": {"year": 1e400}, "text": {"headline": "Huge"}}, {"start_date": {"year": 2000}}]}', 'huge.json');
		expect(loaded.warnings).toEqual(['huge.json: events[0].start_date.year: a number too large is not a year (event "Huge"); event skipped']);
	});

	it('with strict, the first unreadable event is an error', () => {
		expect(() => loadTimeline(path('bad-event'), {strict: true})).toThrow(`${path('bad-event')}: events[1].start_date.year: empty`);
	});

	it('a file where no event can be read is an error; a TimelineJS2 file says so', () => {
		expect(() => load('all-bad')).toThrow(/no event could be read; the first: events\[0\]\.start_date\.year: empty \(event "No year"\)$/);
		expect(() => load('timelinejs2')).toThrow(/TimelineJS2 format .*TimelineJS3 JSON/);
	});
});

describe('ids from headlines in any script', () => {
	it('keep letters, never bare digits or a trailing dash; an empty unique_id is missing', () => {
		const ids = load('unicode').timeline.events.map(event => event.id);
		expect(ids).toContain('instalación-del-equipo-ejecutor');
		expect(ids).toContain('первый-полёт-человека-в-космос');
		expect(ids).toContain('event-700');
		expect(ids).toContain('mixed-case-id');
		for (const id of ids) expect(id).not.toMatch(/^\d+$|-$/);
	});

	it('keep an unusual unique_id for export, and survive export and re-import', () => {
		const loaded = load('unicode');
		const exported = toTimelineJs(loaded.raw);
		expect(exported.events.map(event => event.unique_id)).toContain('Mixed_Case ID');
		expect(again(loaded).timeline.events.map(event => event.id)).toEqual(loaded.timeline.events.map(event => event.id));
	});
});

describe('new fields are untrusted text', () => {
	it('control characters in media, eras, date texts and links reach no output intact', () => {
		const hostile = JSON.stringify({
			title: {text: {headline: 'T'}, media: {url: 'https://x.invalid/\u001b]52;c;aGk=\u0007', caption: 'cap\u001b[2J'}},
			eras: [{start_date: {year: 2000}, end_date: {year: 2001}, text: {headline: 'Era\u009b31m'}}],
			events: [
				{
					start_date: {year: 2000, display_date: 'when\u001b[31m'},
					text: {headline: 'E', text: '<a href="https://x.invalid/\u001b[0m">l</a>'},
					group: 'g\u0007',
					media: {url: 'https://x.invalid/p\u001b[1m', caption: 'c\u001b[1m', credit: 'cr\u202e'},
				},
			],
		});
		const {timeline} = parseTimeline(hostile, 'hostile.json');
		const event = timeline.events[0]!;
		const index = indexTimeline(timeline);
		const shown = [
			...renderEvent(timeline, event, options),
			...eventMarkdown(timeline, event),
			...eventArticle(timeline, event).content.paragraphs,
			...index.rows.map(row => formatRow(timeline.events, index, row, {width: 80, selected: false, focused: false, style: plainStyle})),
			timeline.titleSlide?.media?.url ?? '',
			timeline.titleSlide?.media?.caption ?? '',
		].join('\n');
		expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		for (const visible of ['when^[[31m', 'g^G', 'c^[[1m', 'cr<U+202E>', 'Era<U+009B>31m', 'https://x.invalid/p^[[1m']) expect(shown).toContain(visible);
	});
});
