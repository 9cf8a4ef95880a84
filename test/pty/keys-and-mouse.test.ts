/**
 * Prompts, list and pager keys, and the mouse in a real terminal: the bytes a terminal sends for
 * each key or mouse event, and what the screen shows after. Needs `npm run build` first.
 */
import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {firstOnOrAfter, parseDateQuery} from '../../source/core/filter/date-query.js';
import {eventSpan} from '../../source/core/model/span.js';
import {cliSessions, keys, type PtySession} from '../helpers/pty.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const spawn = cliSessions();

const ctrl = (letter: string) => String.fromCharCode(letter.toUpperCase().charCodeAt(0) - 64);
/** xterm's SGR mouse reports, at 1-based column `x` and row `y`. */
const mouse = {
	click: (x: number, y: number) => `\u001B[<0;${x};${y}M\u001B[<0;${x};${y}m`,
	wheelDown: (x: number, y: number) => `\u001B[<65;${x};${y}M`,
	wheelUp: (x: number, y: number) => `\u001B[<64;${x};${y}M`,
};
const mouseOn = ['\u001B[?1000h', '\u001B[?1006h'];
const mouseOff = ['\u001B[?1006l', '\u001B[?1000l'];

const at = (position: number) => (screen: string) => new RegExp(`${position}/${total} *$`, 'm').test(screen);
const statusLine = (session: PtySession) => session.lines()[22] ?? '';

async function start(args: string[] = [], cols = 80, rows = 24): Promise<PtySession> {
	const session = spawn({cols, rows, args});
	await session.waitFor(at(1));
	return session;
}

/** The article pane's position at the right of the bottom rule (`1-18/101`): its first line shown, and how many it shows. */
function articleView(session: PtySession): {top: number; height: number} | undefined {
	const match = / (\d+)-(\d+)\/\d+ \d+%/.exec(session.lines()[21] ?? '');
	return match === null ? undefined : {top: Number(match[1]), height: Number(match[2]) - Number(match[1]) + 1};
}
const articleTop = (session: PtySession): number => articleView(session)?.top ?? -1;

describe('prompts', () => {
	it('t: a date not understood is said beside the prompt, which stays open with its text; Ctrl-U then a date goes there', async () => {
		const session = await start();
		session.press('t', ...'garbage', keys.enter);
		await session.waitFor(() => /Go to date: garbage▏ +Not a date: "garbage"/.test(statusLine(session)));
		session.press(ctrl('u'));
		await session.waitFor(() => /Go to date: ▏/.test(statusLine(session)));
		session.press(...'june 2O11', keys.left, keys.left, keys.left, '\u001B[3~', '0');
		await session.waitFor(() => statusLine(session).includes('Go to date: june 20▏11'));
		session.press(keys.enter);
		const expected = firstOnOrAfter(
			timeline.events.map(event => eventSpan(event)),
			parseDateQuery('june 2011')!,
		);
		await session.waitFor(at(expected + 1));
	});

	it('/ reopens with the last query selected: typing replaces it; End keeps it; the first Ctrl-P recalls the query before it', async () => {
		const session = await start();
		session.press('/', ...'heffernan');
		await session.waitFor(screen => /\d+ match/.test(screen));
		// Enter opens the match: waited for by what its frame shows (a frame drawn part way can lack the search line without being the next one).
		session.press(keys.enter);
		await session.waitFor(screen => screen.includes('━ Timeline') && !screen.includes(' / heffernan'));
		session.press('/', ...'patrick');
		await session.waitFor(screen => / \/ patrick .*\d+ match/.test(screen));
		session.press(keys.enter);
		await session.waitFor(screen => screen.includes('━ Timeline') && !screen.includes(' / patrick'));
		session.press('/');
		await session.waitFor(' / patrick');
		session.press(ctrl('p'));
		await session.waitFor(' / heffernan');
		// Esc, then a wait: Esc and a key in one read are Alt and that key.
		session.press(keys.escape);
		await session.waitFor('━ Timeline');
		session.press('/', keys.end, 's');
		await session.waitFor(' / heffernans');
		session.press(keys.escape);
		await session.waitFor('━ Timeline');
		session.press('/', 'q');
		await session.waitFor(screen => / \/ q /.test(screen) && !screen.includes('heffernans'));
	});

	it('a query the search line cannot read says why, in the command line’s words', async () => {
		const session = await start([], 110);
		session.press('/', ...'foo:bar');
		await session.waitFor('unknown filter field "foo:"; fields: actor, tag, stance, source, group, year, since, until');
		session.press(ctrl('u'), ...'since:garbage');
		await session.waitFor('since: expects a date such as 2011');
		expect(session.screen()).not.toContain('no match');
	});

	it('takes a bracketed paste as text: a control character in it is refused, not run (Ctrl-U, Ctrl-C); a pasted line break is not Enter', async () => {
		const session = await start();
		expect(session.output()).toContain('\u001B[?2004h');
		session.press('/', ...'police');
		await session.waitFor(screen => / \/ police .*match/.test(screen));
		session.write('\u001B[200~ chief\u0015\u0003\u001B[201~');
		await session.waitFor(() => statusLine(session).includes('U+0015'));
		expect(session.screen()).toMatch(/ \/ police /);
		session.write('\u001B[200~ chief\n\u001B[201~');
		await session.waitFor(screen => / \/ police chief /.test(screen));
		expect(session.screen()).toContain('━ Search');
		// Esc and q apart: sent together they are Alt-q, as in any terminal.
		session.press(keys.escape);
		await session.waitFor(screen => !screen.includes('━ Search'));
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
		expect(session.output().slice(session.output().lastIndexOf('\u001B[?2004h'))).toContain('\u001B[?2004l');
	});

	it('takes a paste whose marks come in pieces as one paste; one whose end never comes ends a second after its last input, or three seconds after it began while typing goes on: keys work again', async () => {
		const session = await start();
		session.press('/');
		await session.waitFor(screen => screen.includes('━ Search'));
		// The start mark split, the end mark split: each piece read on its own.
		for (const piece of ['\u001B[2', '00~pol\u0015', 'ice\u001B[20', '1~']) {
			session.write(piece);
			await new Promise(resolve => setTimeout(resolve, 150));
		}
		await session.waitFor(() => statusLine(session).includes('U+0015'));
		session.write('\u001B[200~police');
		await session.waitFor(screen => / \/ police /.test(screen), {timeout: 5000});
		// A start mark alone, then typing on without a pause: after three seconds the keys are keys again.
		session.press(ctrl('u'));
		session.write('\u001B[200~');
		const typing = setInterval(() => session.write('x'), 150);
		try {
			await session.waitFor(screen => / \/ x{20,}/.test(screen), {timeout: 8000});
		} finally {
			clearInterval(typing);
		}
		session.press(keys.escape);
		await session.waitFor(screen => !screen.includes('━ Search'));
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('refuses a pasted right-to-left override, saying so, and keeps the line', async () => {
		const session = await start();
		session.press('/', ...'police');
		await session.waitFor(screen => / \/ police .*match/.test(screen));
		session.write('x\u202Ey');
		await session.waitFor(() => statusLine(session).includes('U+202E'));
		expect(session.screen()).toContain(' / police');
	});
});

describe('keys the explorer does not know', () => {
	it('Ctrl-F1 to Ctrl-F4, Ctrl-F13 and a paste holding an escape sequence are ignored, in the list and at a prompt; the explorer goes on', async () => {
		const session = await start();
		// Ctrl-F1, Ctrl-Shift-F3, Ctrl-F13, a SGR sequence alone, then one inside pasted text.
		for (const bytes of ['\u001B[1;5P', '\u001B[1;6R', '\u001B[25;5~', '\u001B[5m', 'X\u001B[31mY']) session.write(bytes);
		session.press('j');
		await session.waitFor(at(2));
		session.press('/');
		await session.waitFor(screen => screen.includes('━ Search'));
		for (const bytes of ['\u001B[1;5Q', 'po\u001B[31mlice']) session.write(bytes);
		await session.waitFor(screen => /^ \/ police/m.test(screen));
		session.press(keys.escape);
		await session.waitFor(screen => !screen.includes('━ Search'));
		session.press('k');
		await session.waitFor(at(1));
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	});
});

describe('the facet list', () => {
	it('G goes to the last value with the summary still on top; / narrows the values by typing', async () => {
		const session = await start();
		session.press('f');
		await session.waitFor('Space toggles a value');
		session.press('G');
		await session.waitFor(screen => /(\d+)\/\1 *$/m.test(screen));
		expect(session.lines()[3]).toMatch(/^ {1,2}22 events: Space toggles a value/);
		expect(session.screen()).toMatch(/^ +year$/m);
		session.press('g', '/', ...'heff');
		await session.waitFor(screen => screen.includes('/ heff') && / 1\/1 *$/m.test(screen));
		expect(session.screen()).toContain('Mary Beth Heffernan');
		session.press(keys.enter, keys.space);
		await session.waitFor(screen => /\d+ of 22 events · actor: Mary Beth Heffernan/.test(screen));
	});
});

describe('the article', () => {
	it('Ctrl-D scrolls half a page and Ctrl-U back; Ctrl-F a page', async () => {
		const session = await start();
		// Enter opens the article at the passage; g goes to its top, where the count starts.
		session.press(keys.enter, 'g');
		// The article has the keyboard once the hint bar offers its keys.
		await session.waitFor(() => statusLine(session).includes('scroll') && articleTop(session) === 1);
		const {height} = articleView(session)!;
		session.press(ctrl('d'));
		await session.waitFor(() => articleTop(session) === 1 + Math.floor(height / 2));
		session.press(ctrl('u'));
		await session.waitFor(() => articleTop(session) === 1);
		session.press(ctrl('f'));
		await session.waitFor(() => articleTop(session) === 1 + height - 1);
	});
});

describe('the mouse', () => {
	it('the wheel over the article scrolls it, whichever pane has the keyboard', async () => {
		const session = await start();
		expect(articleTop(session)).toBe(1);
		// Column 60, row 10: the article pane at 80×24.
		session.write(mouse.wheelDown(60, 10));
		await session.waitFor(() => articleTop(session) === 4);
		session.write(mouse.wheelUp(60, 10));
		await session.waitFor(() => articleTop(session) === 1);
		expect(session.screen()).toMatch(/ 1\/22 *$/m);
	});

	it('a click on the 5th event selects it; a click on the article focuses it', async () => {
		const session = await start();
		const headline = timeline.events[4]!.headline.slice(0, 20);
		const row = session.lines().findIndex(line => line.includes(headline));
		expect(row).toBeGreaterThan(2);
		session.write(mouse.click(5, row + 1));
		await session.waitFor(at(5));
		expect(session.lines()[row]).toMatch(/^▸/);
		// The article focused: j scrolls it rather than moving the selection.
		session.write(mouse.click(60, 10));
		session.press('j');
		await session.waitFor(() => articleTop(session) === 2);
		expect(session.screen()).toMatch(/ 5\/22 *$/m);
	});

	it('a click on a search result opens it; a click on a facet value toggles it', async () => {
		const session = await start();
		session.press('/', ...'heffernan');
		await session.waitFor(screen => /\d+ match/.test(screen));
		// Row 5: the first result's first line (the header, the rule, then the search line above it).
		expect(session.lines()[4]).toMatch(/^▸/);
		session.write(mouse.click(10, 5));
		await session.waitFor(screen => !screen.includes(' / heffernan') && screen.includes('━ Timeline'));
		session.press('f');
		await session.waitFor('Space toggles a value');
		const row = session.lines().findIndex(line => /\[ \] Mary Beth Heffernan/.test(line));
		session.write(mouse.click(10, row + 1));
		await session.waitFor(() => /\[x\] Mary Beth Heffernan/.test(session.lines()[row] ?? ''));
	});

	for (const [how, end, code] of [
		['q', (session: PtySession) => session.press('q'), 0],
		['Ctrl-C', (session: PtySession) => session.press(keys.ctrlC), 130],
		['SIGTERM', (session: PtySession) => session.kill('SIGTERM'), 143],
	] as const) {
		it(`is turned on with the explorer and off again after ${how}`, async () => {
			const session = await start();
			const on = session.output();
			for (const sequence of mouseOn) expect(on).toContain(sequence);
			end(session);
			expect((await session.exited).exitCode).toBe(code);
			const written = session.output();
			const last = Math.max(...mouseOn.map(sequence => written.lastIndexOf(sequence)));
			for (const sequence of mouseOff) expect(written.lastIndexOf(sequence)).toBeGreaterThan(last);
		});
	}

	it('stays off with --no-mouse', async () => {
		const session = await start(['--no-mouse']);
		for (const sequence of mouseOn) expect(session.output()).not.toContain(sequence);
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
		for (const sequence of [...mouseOn, ...mouseOff]) expect(session.output()).not.toContain(sequence);
	});
});
