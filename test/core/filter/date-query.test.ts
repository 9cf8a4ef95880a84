import {describe, expect, it} from 'vitest';
import {firstOnOrAfter, parseDateQuery} from '../../../source/core/filter/date-query.js';
import {calendarOf, calendarSpan, eventSpan} from '../../../source/core/model/span.js';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';

describe('parseDateQuery', () => {
	const day = calendarSpan(2011, 6, 3);
	it.each([
		['2011', calendarSpan(2011), 'year'],
		['2011-06', calendarSpan(2011, 6), 'month'],
		['june 2011', calendarSpan(2011, 6), 'month'],
		['Jun 2011', calendarSpan(2011, 6), 'month'],
		['2011-06-03', day, 'day'],
		['jun 3 2011', day, 'day'],
		['June 3, 2011', day, 'day'],
		['3 june 2011', day, 'day'],
		['3rd Jun 2011', day, 'day'],
		['44 BC', calendarSpan(-43), 'year'],
	])('reads %s', (input, span, precision) => {
		expect(parseDateQuery(input)).toEqual({...span, precision});
	});

	it.each(['', 'someday', '2011-13', '2011-02-30', 'ju 2011', '32 june 2011', '2011 june 3 4'])('refuses %j', input => {
		expect(parseDateQuery(input)).toBeUndefined();
	});

	it('gives spans that nest and meet: the day lies in its month, the month ends where the next begins', () => {
		const june = calendarSpan(2011, 6);
		expect(day.start).toBeGreaterThanOrEqual(june.start);
		expect(day.end).toBeLessThanOrEqual(june.end);
		expect(june.end).toBe(calendarSpan(2011, 7).start);
		expect(calendarSpan(2011, 12, 31).end).toBe(2012);
		expect(calendarOf(day.start)).toEqual({year: 2011, month: 6, day: 3});
		expect(calendarOf(calendarSpan(2012, 2, 29).start)).toEqual({year: 2012, month: 2, day: 29});
	});
});

describe('firstOnOrAfter', () => {
	const {timeline} = loadTimeline(undefined);
	const spans = timeline.events.map(event => eventSpan(event));
	const at = (text: string) => firstOnOrAfter(spans, parseDateQuery(text)!);

	it('selects the first event on or after the date in the bundled story', () => {
		const firstOf = (prefix: string) => timeline.events.findIndex(event => event.date.value >= prefix);
		expect(at('2011')).toBe(firstOf('2011'));
		expect(at('june 2011')).toBe(firstOf('2011-06'));
		expect(at('2011-06-04')).toBe(firstOf('2011-06-04'));
		// Nothing happened between October 2008 and December 2010: 2009 lands on December 2010.
		expect(timeline.events[at('2009')]!.date.value).toBe('2010-12-17');
		expect(at('2008')).toBe(0);
		expect(at('2012')).toBe(-1);
	});

	it('counts an event dated only to a month as on every day of it', () => {
		expect(firstOnOrAfter([calendarSpan(2011, 6), calendarSpan(2011, 7, 1)], calendarSpan(2011, 6, 20))).toBe(0);
	});
});
