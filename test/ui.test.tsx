/**
 * The explorer's terminal lifecycle with stand-in streams: every way out gives the terminal back
 * (main screen, cursor shown, raw mode off) and resolves with its exit code.
 */
import {EventEmitter} from 'node:events';
import {describe, expect, it, vi} from 'vitest';
import {enterScreen, leaveScreen, mouseOff, mouseOn, runExplorer, type ExplorerIo} from '../source/ui.js';
import type {LoadedTimeline} from '../source/core/load/load-timeline.js';
import {makeTimeline} from './helpers/explorer-fixture.js';

class FakeStdout extends EventEmitter {
	isTTY = true;
	columns = 80;
	rows = 24;
	written = '';
	write = (data: string) => {
		this.written += data;
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	isRaw = false;
	private pending: string | null = null;
	setRawMode(mode: boolean) {
		this.isRaw = mode;
		return this;
	}
	setEncoding() {}
	ref() {}
	unref() {}
	resume() {}
	pause() {}
	read = () => {
		const data = this.pending;
		this.pending = null;
		return data;
	};
	type(data: string) {
		this.pending = data;
		this.emit('readable');
	}
}

function setup(loaded: LoadedTimeline = {timeline: makeTimeline(), raw: makeTimeline(), file: 'fixture', format: 'sc-timeline'}, {mouse = true, tty = true} = {}) {
	const stdout = new FakeStdout();
	stdout.isTTY = tty;
	const stderr = new FakeStdout();
	const stdin = new FakeStdin();
	const events = new EventEmitter();
	const io = {stdout, stderr, stdin, events} as unknown as ExplorerIo;
	const done = runExplorer({loaded, color: true, mouse}, io);
	const ready = () => vi.waitFor(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
	return {stdout, stderr, stdin, events, done, ready};
}

/** Entered the alternate screen first, and left it (cursor shown) after everything else. */
function expectRestored(stdout: FakeStdout, stdin: FakeStdin) {
	expect(stdout.written.startsWith(enterScreen)).toBe(true);
	expect(stdout.written.lastIndexOf(leaveScreen)).toBeGreaterThan(stdout.written.lastIndexOf(enterScreen));
	expect(stdout.written.slice(stdout.written.lastIndexOf(leaveScreen) + leaveScreen.length).replace(/\u001B\[\?25h/g, '')).toBe('');
	expect(stdin.isRaw).toBe(false);
}

describe('runExplorer', () => {
	it('turns mouse reporting on with the alternate screen and off before leaving it; not with --no-mouse, nor when stdout is no terminal', async () => {
		const {stdout, stdin, done, ready} = setup();
		await ready();
		expect(stdout.written.startsWith(enterScreen + mouseOn)).toBe(true);
		stdin.type('q');
		expect(await done).toBe(0);
		expect(stdout.written.endsWith(mouseOff + leaveScreen)).toBe(true);
		for (const options of [{mouse: false}, {tty: false}]) {
			const other = setup(undefined, options);
			await other.ready();
			other.stdin.type('q');
			expect(await other.done).toBe(0);
			expect(other.stdout.written).not.toContain(mouseOn);
			expect(other.stdout.written).not.toContain(mouseOff);
		}
	});

	it('resolves 0 after q, with raw mode on while it ran', async () => {
		const {stdout, stdin, done, ready} = setup();
		await ready();
		expect(stdin.isRaw).toBe(true);
		stdin.type('q');
		expect(await done).toBe(0);
		expectRestored(stdout, stdin);
	});

	it('resolves 130 after Ctrl-C', async () => {
		const {stdout, stdin, done, ready} = setup();
		await ready();
		stdin.type('\u0003');
		expect(await done).toBe(130);
		expectRestored(stdout, stdin);
	});

	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	] as const) {
		it(`resolves ${code} after ${signal}`, async () => {
			const {stdout, stdin, events, done, ready} = setup();
			await ready();
			events.emit(signal);
			expect(await done).toBe(code);
			expectRestored(stdout, stdin);
		});
	}

	it('resolves 1 after an uncaught error, with one line on stderr written after the terminal is back', async () => {
		const {stdout, stderr, stdin, events, done, ready} = setup();
		await ready();
		events.emit('uncaughtException', new Error('boom\nat somewhere'));
		expect(await done).toBe(1);
		expectRestored(stdout, stdin);
		expect(stderr.written).toBe('sc-timeline: internal error: boom\n');
	});

	it('resolves 1 when drawing fails, and gives the terminal back', async () => {
		const broken = makeTimeline();
		const loaded = {timeline: {...broken, events: undefined}, raw: broken, file: 'x', format: 'sc-timeline'} as unknown as LoadedTimeline;
		const {stdout, stderr, stdin, done} = setup(loaded);
		expect(await done).toBe(1);
		expectRestored(stdout, stdin);
		expect(stderr.written).toMatch(/^sc-timeline: internal error: .+\n$/);
	});

	it('stops listening for signals once it has ended', async () => {
		const {stdin, events, done, ready} = setup();
		await ready();
		stdin.type('q');
		await done;
		await vi.waitFor(() => expect(events.listenerCount('SIGTERM')).toBe(0));
		expect(events.listenerCount('uncaughtException')).toBe(0);
	});
});
