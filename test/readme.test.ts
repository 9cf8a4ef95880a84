import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {runCli} from './helpers/run-cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
	it('shows the real --help output (regenerate with node scripts/readme-help.mjs)', () => {
		const block = /<!-- help:start -->\n```\n\$ sc-timeline --help\n([\s\S]*?)```\n<!-- help:end -->/.exec(readme);
		expect(block?.[1]).toBe(runCli(['--help']).stdout.trimEnd() + '\n');
	});

	it('gives the two quick-start commands', () => {
		expect(readme).toContain('npm install && npx sc-timeline');
		expect(readme).toContain('npm install && npm test');
	});
});
