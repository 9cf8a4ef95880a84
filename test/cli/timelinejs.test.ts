import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/timelinejs/${name}.json`, import.meta.url));

describe('sc-timeline with TimelineJS files from the wild', () => {
	it('opens a file with an unreadable event: one warning line per event left out, the rest printed, exit 0', () => {
		const {code, stdout, stderr} = runCli(['events', '--data', fixture('bad-event')]);
		expect(code).toBe(0);
		expect(stderr.trimEnd().split('\n')).toEqual([
			`sc-timeline: ${fixture('bad-event')}: events[1].start_date.year: empty (event "Empty year"); event skipped`,
			`sc-timeline: ${fixture('bad-event')}: events[3].start_date.month: 13 is not a month (1 to 12) (event "Month thirteen"); event skipped`,
		]);
		expect(
			stdout
				.trimEnd()
				.split('\n')
				.map(line => line.split(/ +/)[0]),
		).toEqual(['first', 'second', 'third']);
	});

	it('with --strict, the unreadable event is an error: one line, exit 1', () => {
		const {code, stdout, stderr} = runCli(['events', '--strict', '--data', fixture('bad-event')]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(`sc-timeline: ${fixture('bad-event')}:5:54: events[1].start_date.year: empty (event "Empty year")\n`);
	});

	it('says a TimelineJS2 file is that format, in one line, exit 1', () => {
		const {code, stderr} = runCli(['--data', fixture('timelinejs2')]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/^sc-timeline: .*timelinejs2\.json: this is the TimelineJS2 format \(timeline\.date\[\]\); sc-timeline reads TimelineJS3 JSON \(events\[\]\.start_date\)\n$/);
	});

	it('exports media, eras, ranges, times and unknown fields back to TimelineJS', () => {
		const media = JSON.parse(runCli(['export', '--data', fixture('media')]).stdout);
		expect(media.autolink).toBe(false);
		expect(media.title.media.credit).toBe('Staff <a href="https://example.invalid/staff">photo desk</a>');
		expect(media.events[0].media).toMatchObject({caption: 'The harbour at dawn', alt: 'Boats at dawn', link_target: '_blank'});
		expect(media.events[4].background).toEqual({url: 'https://example.invalid/bg.jpg'});
		const eras = JSON.parse(runCli(['export', '--data', fixture('eras-ranges')]).stdout);
		expect(eras.eras[0]).toEqual({start_date: {year: 1066}, end_date: {year: 1087}, text: {headline: 'Reign of William I', text: '<p>The Conqueror.</p>'}});
		const times = JSON.parse(runCli(['export', '--data', fixture('times')]).stdout);
		expect(times.events.find((event: {unique_id: string}) => event.unique_id === 'photo-finish').start_date).toEqual({
			year: 2020,
			month: 11,
			day: 3,
			hour: 23,
			minute: 59,
			second: 58,
			millisecond: 250,
		});
	});
});

describe('search over what TimelineJS files hold', () => {
	const found = (query: string, name: string) => (JSON.parse(runCli(['search', query, '--format', 'json', '--data', fixture(name)]).stdout) as Array<{eventId: string}>).map(result => result.eventId);

	it("finds media credits, groups, era headlines and the author's date text", () => {
		expect(found('Ana Souza', 'media')).toEqual(['a-photograph']);
		expect(found('Buildings', 'eras-ranges')).toEqual(['rebuilding-of-the-minster']);
		// Events inside an era are found by its name (no event's own text says "reign").
		expect(found('reign', 'eras-ranges')).toEqual(expect.arrayContaining(['battle-of-hastings', 'first-crusade']));
		expect(found('Between', 'display-dates')).toEqual(['printing']);
	});
});

describe('TimelineJS files as newsrooms have them', () => {
	const checkFixture = (name: string) => fileURLToPath(new URL(`../fixtures/check/${name}.json`, import.meta.url));
	const places = (lines: string, file: string) => [...lines.matchAll(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+:\\d+): `, 'g'))].map(match => match[1]);

	it('opens JSON pasted from JavaScript, one warning per comment and trailing comma, at the places check names', () => {
		const file = fixture('js-pasted');
		const {code, stdout, stderr} = runCli(['events', '--data', file]);
		expect(code).toBe(0);
		expect(stdout.trimEnd().split('\n')).toHaveLength(4);
		const warned = places(stderr, file);
		expect(warned.length).toBeGreaterThan(5);
		expect(stderr).toMatch(/js-pasted\.json:1:1: a comment, which JSON does not allow; read as JavaScript would\n/);
		expect(places(runCli(['check', file]).stdout, file)).toEqual(warned);
		const strict = runCli(['events', '--strict', '--data', file]);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toBe(`sc-timeline: ${file}:1:1: a comment, which JSON does not allow\n`);
	});

	it('names a syntax error at the same place, in the same words, when loading and in check', () => {
		const file = checkFixture('syntax');
		const loaded = runCli(['events', '--data', file]);
		expect(loaded.code).toBe(1);
		const [first] = runCli(['check', file]).stdout.split('\n');
		expect(loaded.stderr).toBe(`sc-timeline: ${first!.replace(': error: ', ': ').replace(/ \(syntax\)$/, '')}\n`);
	});

	it('check says a TimelineJS2 file is that format, in the loader’s one line', () => {
		const {code, stdout} = runCli(['check', fixture('timelinejs2-default')]);
		expect(code).toBe(1);
		expect(stdout).toBe(`${fixture('timelinejs2-default')}:1:1: error: this is the TimelineJS2 format (timeline.date[]); sc-timeline reads TimelineJS3 JSON (events[].start_date) (timelinejs2)\n`);
	});

	it('shows and searches the words embed code shows (a blockquote, a post), with the address it embeds, and exports the code as it was', () => {
		const quote = runCli(['show', 'the-engineer-speaks', '--data', fixture('embeds'), '--width', '200']);
		expect(quote.stdout).toContain('▣ quote\nA bridge is a promise kept in steel. Ada Marsh\n');
		const post = runCli(['show', 'a-post', '--data', fixture('embeds'), '--width', '200']);
		// The post's words with its links' labels, then its own address (its last link), `&amp;` read as `&`; the script is not text.
		expect(post.stdout).toContain(
			'▣ Back in service — @harbour\nThe ferry runs again. #Ferry — Harbour (@harbour) January 2, 2018\nhttps://twitter.com/harbour/status/123?ref_src=twsrc%5Etfw&lang=en\n',
		);
		// In Markdown: the caption's link works, the address is an autolink, the words a paragraph of their own.
		const markdown = runCli(['show', 'a-post', '--data', fixture('embeds'), '--format', 'markdown']).stdout;
		expect(markdown).toContain(
			'▣ Back in service — @harbour <https://twitter.com/harbour/status/123?ref_src=twsrc%5Etfw&lang=en>\n\nThe ferry runs again. [\\#Ferry](https://twitter.com/hashtag/Ferry?src=hash&ref_src=twsrc%5Etfw)',
		);
		const map = runCli(['show', 'a-map', '--data', fixture('embeds'), '--width', '200']);
		expect(map.stdout).toContain('▣ The route <https://example.invalid/route>\nhttps://maps.example.invalid/embed?a=1&b=2\n');
		expect(runCli(['show', 'a-map', '--data', fixture('embeds'), '--format', 'markdown']).stdout).toContain(
			'▣ The [route](https://example.invalid/route) <https://maps.example.invalid/embed?a=1&b=2>\n',
		);
		const found = JSON.parse(runCli(['search', 'promise kept', '--data', fixture('embeds'), '--format', 'json']).stdout) as Array<{eventId: string; field: string}>;
		expect(found.map(hit => [hit.eventId, hit.field])).toEqual([['the-engineer-speaks', 'media']]);
		const exported = JSON.parse(runCli(['export', '--data', fixture('embeds')]).stdout) as {events: Array<{media: Record<string, string>}>};
		const original = JSON.parse(readFileSync(fixture('embeds'), 'utf8')) as {events: Array<{media: Record<string, string>}>};
		expect(exported.events.map(event => event.media['url'])).toEqual(original.events.map(event => event.media['url']));
		expect(exported.events.some(event => 'text' in event.media)).toBe(false);
	});

	it('shows a relative media URL beside its caption and credit', () => {
		const {stdout} = runCli(['show', 'the-new-quay', '--data', fixture('relative-media')]);
		expect(stdout).toContain('▣ Quay under construction. — Harbour Museum <assets/1847.jpg>');
	});

	it('prints the author’s date text in the summary’s span and in search results', () => {
		expect(runCli(['summary', '--data', fixture('display-date-russian'), '-w', '100']).stdout).toContain('from 2 августа 2021 to 12 июня 2024.');
		expect(runCli(['search', 'Начало работ', '--data', fixture('display-date-russian')]).stdout).toMatch(/^ноябрь 2021 года · Начало работ/);
	});
});

describe('search over an imported timeline', () => {
	type Hit = {kind: string; eventId?: string; field: string; fields?: Array<{field: string}>};
	const hits = (query: string, name: string) => JSON.parse(runCli(['search', query, '--format', 'json', '--data', fixture(name)]).stdout) as Hit[];

	it('finds a body’s first paragraph once, as the summary', () => {
		// The event's text is one paragraph, which is also its summary.
		expect(hits("'six-month", 'no-title')).toEqual([expect.objectContaining({kind: 'event', eventId: 'library-opens-sunday-hours', field: 'summary'})]);
	});

	it('labels a hit by its field: group, caption, credit', () => {
		expect(runCli(['search', 'Inspections', '--data', fixture('sheet-shaped')]).stdout).toContain('\n  group: Inspections\n');
		expect(hits('construction', 'relative-media').map(hit => hit.field)).toContain('caption');
		expect(hits('Harbour Museum', 'relative-media').every(hit => hit.field === 'credit')).toBe(true);
	});

	it('finds the title slide’s title and description', () => {
		expect(hits('glass-plate', 'relative-media')).toEqual([expect.objectContaining({kind: 'passage', field: 'description'})]);
		expect(hits('Harbour town', 'relative-media')).toContainEqual(expect.objectContaining({kind: 'passage', field: 'title'}));
		expect(runCli(['search', 'glass-plate', '--data', fixture('relative-media')]).stdout).toBe(
			"Title slide · Harbour town in photographs, 1847-1912\n  description: From the museum's glass-plate collection.\n",
		);
	});
});
