/**
 * Runs the built CLI (dist/cli.cjs) in a real pseudo-terminal and reads its screen the way a
 * terminal would draw it, for tests and benchmarks of the explorer.
 *
 * - node-pty gives the process a real terminal (stdin and stdout are TTYs, resizes send SIGWINCH).
 * - @xterm/headless interprets everything the process writes, so `screen()` is what a person
 *   would see, with the alternate screen, cursor movement and erasing applied.
 * - `CI` is removed from the environment: with it set, Ink writes only its last frame and ignores
 *   resizes. `NO_COLOR` and `FORCE_COLOR` are removed too unless given.
 *
 * Build first (`npm run build`). Typical use:
 *
 * ```ts
 * const session = spawnCli({cols: 80, rows: 24});
 * await session.waitFor('22 events');
 * session.press('j', keys.enter);
 * await session.waitFor(screen => screen.includes('━ Article'));
 * session.press('q');
 * expect((await session.exited).exitCode).toBe(0);
 * session.dispose();
 * ```
 */
import {afterEach} from 'vitest';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import pty from 'node-pty';
import xterm from '@xterm/headless';

export const cliPath = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** Bytes a terminal sends for named keys (xterm, normal cursor mode). */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	space: ' ',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

export type SpawnOptions = {
	/** Terminal size; 80×24 unless given. */
	cols?: number;
	rows?: number;
	/** Arguments after `node dist/cli.cjs`. */
	args?: string[];
	/**
	 * Another program to run in the terminal instead, with its arguments (`args` is then ignored):
	 * a terminal multiplexer that runs the CLI itself, say.
	 */
	program?: {file: string; args: string[]};
	/** Added to the environment; an undefined value removes a variable. `TERM` defaults to xterm-256color. */
	env?: Record<string, string | undefined>;
	cwd?: string;
};

export type Exit = {exitCode: number; signal: number | undefined};

export type WaitOptions = {
	/** Give up after this many milliseconds (default 10,000); the error shows the screen. */
	timeout?: number;
};

export type PtySession = {
	/** The headless terminal, for anything the helpers below do not cover. */
	terminal: InstanceType<typeof xterm.Terminal>;
	/** Sends raw bytes, as if typed. */
	write: (data: string) => void;
	/** Sends each key in turn (`'j'`, `keys.down`), one write per key, as a person types. */
	press: (...sequence: string[]) => void;
	/** The visible screen: one string per row, trailing spaces removed. */
	lines: () => string[];
	/** The visible screen as text, rows joined by newlines. */
	screen: () => string;
	/**
	 * Resolves with the screen once `condition` holds (a string the screen must contain, or a
	 * predicate), checking after every write the terminal has processed. Rejects with the screen
	 * on timeout or if the process exits first.
	 *
	 * A frame is drawn top to bottom and may arrive in several chunks, so a condition on its first
	 * lines can hold while the rest is still being drawn. Wait for something on the frame's last
	 * line (the hint bar, e.g. `3/22`) before reading the rest of the screen.
	 */
	waitFor: (condition: string | ((screen: string) => boolean), options?: WaitOptions) => Promise<string>;
	/** Resizes the pseudo-terminal (the process gets SIGWINCH) and the headless terminal. */
	resize: (cols: number, rows: number) => void;
	/** Every byte the process has written, in order. */
	output: () => string;
	/** Calls `listener` with each chunk as it arrives, and with its arrival time (performance.now()); returns an unsubscribe. */
	onData: (listener: (data: string, at: number) => void) => () => void;
	/** Which screen the terminal shows: `alternate` while a full-screen program runs. */
	buffer: () => 'normal' | 'alternate';
	/** Whether the last cursor-visibility sequence the process wrote shows the cursor (true if it wrote none). */
	cursorVisible: () => boolean;
	/** The process id (for reading its memory in /proc). */
	pid: number;
	/** Settles when the process exits. */
	exited: Promise<Exit>;
	/** Sends a signal (default SIGTERM) to the process. */
	kill: (signal?: string) => void;
	/** Kills the process if still running and frees the terminal. */
	dispose: () => void;
};

/** Where explorers started here keep their history and marks, unless a test names its own: never the real home. */
const stateHome = mkdtempSync(path.join(tmpdir(), 'sc-timeline-state-'));

/** Starts `node dist/cli.cjs ...args` (or `options.program`) in a pseudo-terminal of the given size. */
export function spawnCli(options: SpawnOptions = {}): PtySession {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const env: Record<string, string | undefined> = {...process.env, CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', XDG_STATE_HOME: stateHome, ...options.env};
	for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	const program = options.program ?? {file: process.execPath, args: [cliPath, ...(options.args ?? [])]};
	const child = pty.spawn(program.file, program.args, {
		name: env['TERM'] ?? 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env: env as Record<string, string>,
	});

	let raw = '';
	let running = true;
	const watchers = new Set<() => void>();
	const dataListeners = new Set<(data: string, at: number) => void>();
	const notify = () => {
		for (const watcher of [...watchers]) watcher();
	};

	child.onData(data => {
		const at = performance.now();
		raw += data;
		for (const listener of dataListeners) listener(data, at);
		terminal.write(data, notify);
	});
	const exited = new Promise<Exit>(resolve => {
		child.onExit(({exitCode, signal}) => {
			running = false;
			// Let the terminal finish parsing what was written before the exit.
			terminal.write('', () => {
				notify();
				resolve({exitCode, signal: signal || undefined});
			});
		});
	});

	const lines = () => {
		const buffer = terminal.buffer.active;
		const out: string[] = [];
		for (let row = 0; row < terminal.rows; row++) out.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return out;
	};
	const screen = () => lines().join('\n');

	const waitFor = (condition: string | ((screen: string) => boolean), {timeout = 10_000}: WaitOptions = {}) =>
		new Promise<string>((resolve, reject) => {
			const test = typeof condition === 'string' ? (text: string) => text.includes(condition) : condition;
			const describe = typeof condition === 'string' ? JSON.stringify(condition) : 'condition';
			let timer: NodeJS.Timeout | undefined;
			const done = (error?: Error) => {
				watchers.delete(check);
				if (timer !== undefined) clearTimeout(timer);
				if (error) reject(error);
				else resolve(screen());
			};
			function check() {
				if (test(screen())) done();
				else if (!running) done(new Error(`process exited before ${describe} showed; screen:\n${screen()}`));
			}
			timer = setTimeout(() => done(new Error(`timed out after ${timeout} ms waiting for ${describe}; screen:\n${screen()}`)), timeout);
			watchers.add(check);
			check();
		});

	return {
		terminal,
		write: data => child.write(data),
		press: (...sequence) => {
			for (const key of sequence) child.write(key);
		},
		lines,
		screen,
		waitFor,
		resize: (newCols, newRows) => {
			terminal.resize(newCols, newRows);
			child.resize(newCols, newRows);
		},
		output: () => raw,
		onData: listener => {
			dataListeners.add(listener);
			return () => dataListeners.delete(listener);
		},
		buffer: () => terminal.buffer.active.type,
		cursorVisible: () => raw.lastIndexOf('\u001B[?25h') >= raw.lastIndexOf('\u001B[?25l'),
		pid: child.pid,
		exited,
		kill: signal => {
			if (running) child.kill(signal ?? 'SIGTERM');
		},
		dispose: () => {
			if (running) child.kill('SIGKILL');
			terminal.dispose();
		},
	};
}

/** The screen's last line with text: the explorer's status line. */
export function statusLine(session: PtySession): string {
	return (
		session
			.lines()
			.filter(line => line.trim() !== '')
			.at(-1) ?? ''
	);
}

/**
 * `spawnCli` for a test file: every session it starts is closed after each test, passed or failed,
 * so no explorer outlives the test that started it.
 */
export function cliSessions(): (options?: SpawnOptions) => PtySession {
	const sessions: PtySession[] = [];
	afterEach(() => {
		for (const session of sessions.splice(0)) session.dispose();
	});
	return options => {
		const session = spawnCli(options);
		sessions.push(session);
		return session;
	};
}
