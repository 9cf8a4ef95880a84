#!/usr/bin/env node
// Writes the real `sc-timeline --help` output between the help markers in README.md.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';

const help = execFileSync(process.execPath, ['dist/cli.cjs', '--help'], {encoding: 'utf8'});
const readme = readFileSync('README.md', 'utf8');
const block = '<!-- help:start -->\n```\n$ sc-timeline --help\n' + help.trimEnd() + '\n```\n<!-- help:end -->';
writeFileSync('README.md', readme.replace(/<!-- help:start -->[\s\S]*<!-- help:end -->/, block));
