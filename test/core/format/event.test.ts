import {describe, expect, it} from 'vitest';
import {eventMarkdown, renderEvent} from '../../../source/core/format/event-card.js';
import {eventJson, showJson} from '../../../source/core/format/events-json.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {formatDate} from '../../../source/core/model/dates.js';
import {bundled, color, plain, sample, timelineOf} from './helpers.js';

const {timeline} = bundled;
/** An event with several citations and a derived date, found from the data rather than by id. */
const cited = timeline.events.find(event => event.citations.length >= 2 && event.date.derivation !== undefined && event.stance === 'refusing');

describe('renderEvent', () => {
	it('shows the headline, date and precision, how it was dated, summary, and each quote with its source line', () => {
		expect(cited).toBeDefined();
		if (!cited) return;
		const lines = renderEvent(timeline, cited, {width: 2000, style: plain});
		expect(lines[0]).toBe(cited.headline);
		expect(lines).toContain(`Date       ${formatDate(cited.date)} (known to the day)`);
		expect(lines.some(line => line.startsWith('How dated  ') && line.includes(cited.date.derivation ?? '?'))).toBe(true);
		expect(lines).toContain('Stance     refusing');
		expect(lines).toContain(`Id         ${cited.id}`);
		expect(lines).toContain(cited.summary);
		for (const citation of cited.citations) {
			const source = timeline.sources.find(item => item.id === citation.source);
			const at = lines.indexOf(`┃ ${citation.quote}`);
			expect(at).toBeGreaterThan(0);
			expect(lines[at + 1]).toBe(`  — ${source?.outlet}, “${source?.headline}”, June 6, 2011, paragraph ${citation.paragraph}`);
		}
	});

	it('says what a "reported" date means', () => {
		const reported = timeline.events.find(event => event.date.precision === 'reported');
		if (!reported) throw new Error('the bundled data has reported dates');
		expect(renderEvent(timeline, reported, {width: 300, style: plain})[2]).toMatch(/^Date +by \w+ \d+, \d{4} \(not dated by the source; happened by this publication date\)$/);
	});

	it('fits the width, keeps "paragraph N" together and holds no escape byte in the plain style', () => {
		if (!cited) return;
		for (const width of [30, 50, 80]) {
			const lines = renderEvent(timeline, cited, {width, style: plain});
			for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.join('\n')).toMatch(/paragraph \d+/);
			expect(lines.join('\n')).not.toContain('\u001B');
		}
		expect(renderEvent(timeline, cited, {width: 80, style: color}).join('\n')).toContain('\u001B[');
	});

	it("shows an imported event's own text when it has no citations", () => {
		const event = sample.timeline.events.find(item => item.id === 'vote-passes');
		if (!event) throw new Error('fixture event');
		const lines = renderEvent(sample.timeline, event, {width: 80, style: plain});
		expect(lines).toContain('The council voted 7 to 2 after a four-hour session.');
		expect(lines).toContain('The mayor said she would sign it “this week”.');
		expect(lines).toContain('Group  Council');
		expect(lines.join('\n')).not.toContain('┃');
	});
});

describe('eventMarkdown', () => {
	it('gives a heading, the facts as a list, and each cited passage as a blockquote with its source', () => {
		if (!cited) return;
		const lines = eventMarkdown(timeline, cited);
		expect(lines[0]).toMatch(/^# /);
		expect(lines).toContain(`- **Id:** \`${cited.id}\``);
		const first = cited.citations[0];
		expect(lines).toContain(`> ${first?.quote.replace(/[*_[\]<>#|~`\\]/g, '\\$&')}`);
		expect(lines.filter(line => /^> — WBUR, /.test(line))).toHaveLength(cited.citations.length);
		expect(eventMarkdown(timeline, cited, 3)[0]).toMatch(/^### /);
	});

	it('writes a TimelineJS list as a Markdown list, a kind of list to each, the items escaped', async () => {
		const {parseTimeline} = await import('../../../source/core/load/load-timeline.js');
		const html = '<p>Intro.</p><ul><li>first * item</li><li>second</li></ul><ol><li>Odoacer</li><li>Romulus</li></ol><p>After.</p>';
		const {timeline: listed} = parseTimeline(JSON.stringify({events: [{start_date: {year: 476}, text: {headline: 'Fall', text: html}}]}), 'l.json');
		const lines = eventMarkdown(listed, listed.events[0]!);
		const body = lines.slice(lines.indexOf('Intro.'));
		expect(body).toEqual(['Intro.', '', '- first \\* item', '- second', '', '1. Odoacer', '2. Romulus', '', 'After.']);
	});

	it('escapes a paragraph that would start a list', () => {
		const event = sample.timeline.events.find(item => item.id === 'amendment-3');
		if (!event) throw new Error('fixture event');
		expect(eventMarkdown(sample.timeline, event)).toContain('\\- a list-like line, 1. and \\# signs \\<kept\\>');
	});
});

describe('JSON shapes', () => {
	it('eventJson keeps the file’s fields and adds the printed date; stance is null when absent', () => {
		const event = bundled.raw.events[0];
		if (!event) throw new Error('events');
		const json = eventJson(event);
		expect(json).toMatchObject({id: event.id, date: event.date, headline: event.headline, summary: event.summary, formattedDate: 'October 2008', stance: null});
		expect(json.citations).toEqual(event.citations);
		expect('body' in json).toBe(false);
		expect(eventJson(sample.raw.events.find(item => item.id === 'vote-passes') ?? event).body).toHaveLength(2);
	});

	it('showJson resolves each citation to its paragraph and article', () => {
		if (!cited) return;
		const raw = bundled.raw.events.find(event => event.id === cited.id);
		if (!raw) throw new Error('raw event');
		const json = showJson(bundled.raw, raw);
		for (const citation of json.citations) {
			expect(citation.passage).toContain(citation.quote);
			expect(citation.article).toMatchObject({outlet: 'WBUR', published: '2011-06-06', formattedPublished: 'June 6, 2011'});
		}
	});

	it('keeps strings exactly as in the file, control characters included', () => {
		const rawTimeline = timelineOf({events: [{id: 'a', date: {value: '2020', precision: 'year'}, headline: 'x', summary: ''}]});
		expect(eventJson({...rawTimeline.events[0]!, headline: 'a\u001Bb'}).headline).toBe('a\u001Bb');
	});
});
