/**
 * The explorer in a real pseudo-terminal under conditions people do meet: tiny terminals, resize
 * storms, keys in bursts, pasted text, terminal replies arriving as input, and standard input or
 * output that is not a terminal. Needs `npm run build` first.
 */
import {afterEach, describe, expect, it} from 'vitest';
import path from 'node:path';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {cliPath, keys, spawnCli, type PtySession} from '../helpers/pty.js';
import {spawnShell, type ShellSession} from './shell-pty.js';
import {hostileDir} from './fixtures.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const sessions: Array<PtySession | ShellSession> = [];

function start(cols = 80, rows = 24, args: string[] = [], env: Record<string, string | undefined> = {}): PtySession {
	const session = spawnCli({cols, rows, args, env});
	sessions.push(session);
	return session;
}

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

/** The hint bar (the frame's last line) shows `position`: the whole frame is drawn. */
const at = (position: string) => (screen: string) => new RegExp(`${position.replace('/', '\\/')} *$`, 'm').test(screen);

async function quitAndCheck(session: PtySession): Promise<void> {
	session.press('q');
	expect(await session.exited).toEqual({exitCode: 0, signal: undefined});
	expect(session.buffer()).toBe('normal');
	expect(session.cursorVisible()).toBe(true);
}

describe('tiny terminals', () => {
	it('20×3 says the terminal is too small, and q still quits', async () => {
		const session = start(20, 3);
		await session.waitFor(screen => screen.includes('Terminal too small') && screen.includes('20×3, need 30×8'));
		expect(session.lines().every(line => line.length <= 20)).toBe(true);
		await quitAndCheck(session);
	});

	it('1×1 draws nothing that could wrap or scroll, and q still quits', async () => {
		const session = start(1, 1);
		await session.waitFor(() => session.buffer() === 'alternate');
		await quitAndCheck(session);
	});

	it('growing from too small to a usable size shows the explorer', async () => {
		const session = start(20, 3);
		await session.waitFor('Terminal too small');
		session.resize(80, 24);
		await session.waitFor(at(`1/${total}`));
		expect(session.screen()).not.toContain('Terminal too small');
		await quitAndCheck(session);
	});
});

describe('resizes and bursts', () => {
	it('a storm of resizes ends with the screen a fresh start at the final size shows', async () => {
		const fresh = start(70, 20);
		const expected = await fresh.waitFor(at(`1/${total}`));
		const session = start(80, 24);
		await session.waitFor(at(`1/${total}`));
		for (let i = 0; i < 60; i++) session.resize(10 + ((i * 37) % 150), 2 + ((i * 13) % 50));
		session.resize(70, 20);
		await session.waitFor(screen => screen === expected, {timeout: 10_000});
		// Still responsive afterwards.
		session.press('j');
		await session.waitFor(at(`2/${total}`));
		await quitAndCheck(session);
		await quitAndCheck(fresh);
	});

	it('keys arriving in one burst are each applied, letters and arrow sequences alike', async () => {
		const session = start();
		await session.waitFor(at(`1/${total}`));
		session.write('jjjjjjjjjj');
		await session.waitFor(at(`11/${total}`));
		// Down, down, up, up, up, down, down: one further down.
		session.write(`${keys.down}${keys.down}${keys.up}kk${keys.down}${keys.down}`);
		await session.waitFor(at(`12/${total}`));
		session.write('j'.repeat(500) + 'k'.repeat(3));
		await session.waitFor(at(`${total - 3}/${total}`));
		await quitAndCheck(session);
	});

	it('text pasted into the search line goes in as typed, line breaks as spaces, without opening a result', async () => {
		const session = start();
		await session.waitFor(at(`1/${total}`));
		session.press('/');
		await session.waitFor('━ Search');
		session.write('Patrick\r\nletter');
		await session.waitFor(screen => screen.includes('Patrick  letter'));
		expect(session.screen()).toContain('━ Search');
		session.press(keys.escape);
		await session.waitFor(at(`1/${total}`));
		await quitAndCheck(session);
	});
});

describe('replies to terminal queries arriving as input', () => {
	const replies: Array<[string, string]> = [
		['a cursor position report', '\u001B[12;40R'],
		['a device attributes reply', '\u001B[?62;22c'],
		['a background colour reply (OSC 11, ST)', '\u001B]11;rgb:0000/0000/0000\u001B\\'],
		['a background colour reply (OSC 11, BEL)', '\u001B]11;rgb:ffff/ffff/ffff\u0007'],
		['a capability reply (DCS XTGETTCAP)', '\u001BP1+r544e=787465726d\u001B\\'],
		['focus in and out', '\u001B[I\u001B[O'],
	];

	it.each(replies)('%s neither quits, moves the selection nor opens anything', async (_name, reply) => {
		const session = start();
		await session.waitFor(at(`1/${total}`));
		session.press('j', 'j', 'j');
		await session.waitFor(at(`4/${total}`));
		const before = session.screen();
		session.write(reply);
		// A key typed after the reply is handled after it: once it shows, the reply has been dealt with.
		session.press('j');
		await session.waitFor(at(`5/${total}`));
		session.press('k');
		await session.waitFor(at(`4/${total}`));
		expect(session.screen()).toBe(before);
		await quitAndCheck(session);
	});

	it.each(replies)('%s does not end up on the search line', async (_name, reply) => {
		const session = start();
		await session.waitFor(at(`1/${total}`));
		session.press('/');
		await session.waitFor('━ Search');
		session.write('abc');
		await session.waitFor('abc');
		session.write(reply);
		session.write('d');
		// The line shows what was typed after "abc": only the "d" when the reply was dropped.
		const screen = await session.waitFor(text => /abc\S*d/.test(text));
		expect(/abc\S*d/.exec(screen)?.[0]).toBe('abcd');
		session.press(keys.escape);
		await session.waitFor(at(`1/${total}`));
		await quitAndCheck(session);
	});
});

describe('standard input or output not a terminal, or TERM=dumb', () => {
	function shell(script: string): ShellSession {
		const session = spawnShell(script);
		sessions.push(session);
		return session;
	}

	it.each([
		['stdin is a pipe (echo | sc-timeline)', `echo | node '${cliPath}'`],
		['stdout is a pipe (sc-timeline | cat)', `node '${cliPath}' | cat`],
		['TERM=dumb', `TERM=dumb node '${cliPath}'`],
	])('%s: prints the summary and exits 0, never entering the full screen', async (_name, command) => {
		const session = shell(`${command}; printf '[[exit %s]]\\n' "$?"`);
		await session.waitFor(output => output.includes('[[exit'), {raw: true});
		const output = session.output();
		expect(output).toContain('[[exit 0]]');
		expect(output).toContain(timeline.title);
		expect(output).toContain('Events');
		expect(output).not.toContain('\u001B[?1049h');
	});

	it('TERM=dumb prints not one escape byte', async () => {
		const session = shell(`TERM=dumb node '${cliPath}'; printf '[[exit %s]]\\n' "$?"`);
		await session.waitFor(output => output.includes('[[exit'), {raw: true});
		expect(session.output()).not.toContain('\u001B');
	});
});

describe('hostile data in the running explorer', () => {
	it('no escape sequence from the file acts on the terminal in any view', async () => {
		const session = start(100, 30, ['--data', path.join(hostileDir, 'all-payloads.json')]);
		const acted: string[] = [];
		const {terminal} = session;
		for (const osc of [0, 1, 2, 4, 7, 8, 10, 11, 12, 52, 104, 112]) {
			terminal.parser.registerOscHandler(osc, () => {
				acted.push(`OSC ${osc}`);
				return false;
			});
		}
		terminal.parser.registerDcsHandler({intermediates: '+', final: 'q'}, () => {
			acted.push('DCS +q');
			return false;
		});
		terminal.onTitleChange(title => acted.push(`title ${title}`));
		terminal.onBell(() => acted.push('bell'));
		// Replies the terminal would send back (to a cursor position or device attributes query).
		terminal.onData(data => acted.push(`reply ${JSON.stringify(data)}`));
		await session.waitFor(at('1/2'));
		expect(session.screen()).toContain('^[[2J');
		for (const [key, shown] of [
			['j', at('2/2')],
			['k', at('1/2')],
			[keys.enter, 'c back'],
			['G', 'c back'],
			[']', 'c back'],
			['i', 'c back'],
			['?', '━ Help'],
			['q', at('1/2')],
			['s', '━ Summary'],
			['q', at('1/2')],
			['/', '━ Search'],
		] as const) {
			session.press(key);
			await session.waitFor(shown);
		}
		session.write('Headline');
		await session.waitFor('^[]52;c;');
		session.press(keys.escape);
		await session.waitFor(at('1/2'));
		expect(acted).toEqual([]);
		expect(session.output()).not.toMatch(/\u001B\]|\u001BP|\u0007|[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
		await quitAndCheck(session);
	});
});
