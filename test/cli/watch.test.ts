/** `--watch` belongs to the explorer: with a printed command it is a usage error, not ignored. */
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';

describe('--watch outside the explorer', () => {
	it('is a usage error with a printed command (exit 2, one line)', () => {
		const result = runCli(['events', '--watch']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('sc-timeline: --watch goes with the explorer (no command, in a terminal) (see sc-timeline --help)\n');
	});

	it('is a usage error when the output is not a terminal (no explorer to follow the file)', () => {
		const result = runCli(['--watch']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--watch goes with the explorer');
	});
});
