import {describe, expect, it} from 'vitest';
import {compareDates, dateParts, formatDate, formatRange, formatShortDate, isCalendarDate, sortEvents, yearsOf} from '../../../source/core/model/dates.js';
import type {TimelineEvent} from '../../../source/core/model/schema.js';
import type {TimelineDate} from '../../../source/core/model/schema.js';
import {eventSpan} from '../../../source/core/model/span.js';

const d = (value: string, precision: TimelineDate['precision']): TimelineDate => ({value, precision});

describe('dates', () => {
	it('sorts by date, a coarser date before finer ones it contains', () => {
		const dates = [d('2011-06-06', 'day'), d('2010', 'year'), d('2010-12-17', 'day'), d('2010-12', 'month'), d('2008-10', 'month'), d('2010-12-17', 'reported')];
		expect(dates.sort(compareDates).map(date => `${date.value}/${date.precision}`)).toEqual(['2008-10/month', '2010/year', '2010-12/month', '2010-12-17/reported', '2010-12-17/day', '2011-06-06/day']);
	});

	it('shows each date to its precision and never invents a day', () => {
		expect(formatDate(d('2008-10', 'month'))).toBe('October 2008');
		expect(formatDate(d('2013', 'year'))).toBe('2013');
		expect(formatDate(d('2011-06-03', 'day'))).toBe('June 3, 2011');
		expect(formatDate(d('2011-06-06', 'reported'))).toBe('by June 6, 2011');
		expect(formatShortDate(d('2008-10', 'month'))).toBe('Oct');
		expect(formatShortDate(d('2010-12-17', 'day'))).toBe('Dec 17');
	});

	it('rejects days that are not on the calendar', () => {
		expect(isCalendarDate('2011-02-30')).toBe(false);
		expect(isCalendarDate('2012-02-29')).toBe(true);
		expect(isCalendarDate('2011-13')).toBe(false);
		expect(isCalendarDate('0000-02-29')).toBe(true);
		expect(isCalendarDate('0100-02-29')).toBe(false);
		// Every day of four centuries, BC and cosmological years among them, as the calendar (Date) has them.
		const reference = (year: number, month: number, day: number) => {
			const last = new Date(0);
			last.setUTCFullYear(year, month, 0);
			return day >= 1 && day <= last.getUTCDate();
		};
		for (const year of [-401, -400, -100, -4, -1, 0, 1, 4, 100, 1900, 2000, 2011, 2012, 2024, 2100, 2400, 99_999, 100_000, 100_001, 250_000]) {
			for (let month = 1; month <= 12; month++) {
				for (const day of [0, 1, 28, 29, 30, 31, 32]) {
					const value = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					expect(isCalendarDate(value), value).toBe(reference(year, month, day));
				}
			}
		}
	});

	it('says AD on the later year of a range that crosses the era, and only then', () => {
		const year = (value: string): TimelineDate => ({value, precision: 'year'});
		expect(formatRange(year('-27'), year('14'))).toBe('27 BC–AD 14');
		expect(formatRange(year('-753'), year('-509'))).toBe('753 BC–509 BC');
		expect(formatRange(year('1066'), year('1087'))).toBe('1066–1087');
		expect(formatRange(year('-13800000000'), year('2024'))).toBe('13.8 billion years ago–2024');
	});

	it('orders BC, cosmological and timed dates numerically, a day before its times', () => {
		const dates = [d('2020-11-03', 'day'), d('-13800000000', 'year'), d('602', 'year'), d('-138', 'year'), {...d('2020-11-03', 'day'), time: '18:30'}, {...d('2020-11-03', 'day'), time: '09:05'}];
		expect(dates.sort(compareDates).map(date => formatDate(date))).toEqual(['13.8 billion years ago', '138 BC', '602', 'November 3, 2020', 'November 3, 2020, 09:05', 'November 3, 2020, 18:30']);
	});

	it('places dates on a time axis in astronomical years: 1 BC is year 0, cosmological years as they are', () => {
		expect(yearsOf(d('2011', 'year'))).toBe(2011);
		expect(yearsOf(d('2011-06-03', 'day'))).toBeCloseTo(2011 + 153 / 365, 6);
		expect(yearsOf(d('-1', 'year'))).toBe(0);
		expect(yearsOf(d('-138', 'year'))).toBe(-137);
		expect(yearsOf(d('-13800000000', 'year'))).toBe(-13.8e9);
		expect(yearsOf({...d('2011-01-01', 'day'), time: '12:00'})).toBeCloseTo(2011 + 0.5 / 365, 9);
	});

	it('gives the time an event covers: a whole year, a reign to the end of its last year, a day, an instant', () => {
		expect(eventSpan({date: d('1066', 'year'), end: d('1087', 'year')})).toEqual({start: 1066, end: 1088});
		expect(eventSpan({date: d('-44', 'year')})).toEqual({start: -43, end: -42});
		const day = eventSpan({date: d('2011-06-03', 'day')});
		expect(day.start).toBe(yearsOf(d('2011-06-03', 'day')));
		expect(day.end).toBeCloseTo(day.start + 1 / 365, 9);
		const instant = {...d('2011-06-03', 'day'), time: '09:05'};
		expect(eventSpan({date: instant})).toEqual({start: yearsOf(instant), end: yearsOf(instant)});
	});

	it('reads the numbers of any value as Number reads each part, digits or not', () => {
		// What Number makes of each `-`-separated part: the reading every date function relies on.
		const reference = (value: string) => {
			const negative = value.startsWith('-');
			const [y = '', m, day] = (negative ? value.slice(1) : value).split('-');
			return {year: negative ? -Number(y) : Number(y), month: m === undefined ? undefined : Number(m), day: day === undefined ? undefined : Number(day)};
		};
		const values = ['2010-12-17', '2010', '-138-03', '-13800000000', '0000-02-29', '2010-', '-', '', '2010--5', '1e3', ' 2010', '2010-0x1', '12345678901234567', '2010-12-17-1', '+2010', '٢٠١٠'];
		for (const value of values) expect(dateParts(value), value).toEqual(reference(value));
	});

	it('sorts events into date order, equal dates in file order, whether or not they come in order', () => {
		const event = (id: string, value: string, precision: TimelineDate['precision'], time?: string) =>
			({id, date: {value, precision, ...(time === undefined ? {} : {time})}}) as unknown as TimelineEvent;
		const shuffled = [event('c', '2010-12-17', 'day', '09:00'), event('a', '2008-10', 'month'), event('d', '2010-12-17', 'day'), event('b', '-138', 'year'), event('e', '2008-10', 'month')];
		sortEvents(shuffled);
		expect(shuffled.map(e => e.id)).toEqual(['b', 'a', 'e', 'd', 'c']);
		const ordered = [event('x', '1999', 'year'), event('y', '1999', 'year'), event('z', '2000-01-01', 'day')];
		sortEvents(ordered);
		expect(ordered.map(e => e.id)).toEqual(['x', 'y', 'z']);
	});

	it('gives the order compareDates gives, file order for ties, with and without times and for years far either side', () => {
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % n;
		};
		const pad = (n: number) => String(n).padStart(2, '0');
		const date = (years: number[], times: boolean): TimelineDate => {
			const year = years[random(years.length)]!;
			const precision = (['year', 'month', 'day', 'reported'] as const)[random(4)]!;
			const value = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${pad(1 + random(12))}` : `${year}-${pad(1 + random(12))}-${pad(1 + random(28))}`;
			return {value, precision, ...(times && precision === 'day' && random(3) === 0 ? {time: `${pad(random(24))}:${pad(random(60))}`} : {})};
		};
		// Few distinct dates, so many ties; years beyond ±100,000 and times of day take the comparison's path.
		for (const [years, times] of [
			[[-44, 1066, 2010, 2011], false],
			[[2010, 2011], true],
			[[-13_800_000_000, -138, 2010, 250_000], false],
		] as const) {
			const events = Array.from({length: 3000}, (_, i) => ({id: `e${i}`, date: date([...years], times)}) as unknown as TimelineEvent);
			const expected = events.map((event, index) => ({event, index})).sort((a, b) => compareDates(a.event.date, b.event.date) || a.index - b.index);
			const sorted = [...events];
			sortEvents(sorted);
			expect(sorted.map(e => e.id)).toEqual(expected.map(({event}) => event.id));
		}
	});
});
