import {modes} from '../../source/modes/index.js';
import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {keyLabel, keyName, splitKeys} from '../../source/state/key-names.js';
import {keymap, resolveKey} from '../../source/state/keys.js';

const none: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('keyName', () => {
	it("names Ink's key events as the key table does", () => {
		expect(keyName('j', none)).toBe('j');
		expect(keyName('G', {...none, shift: true})).toBe('G');
		expect(keyName('?', none)).toBe('?');
		expect(keyName(' ', none)).toBe('space');
		expect(keyName('', {...none, downArrow: true})).toBe('down');
		expect(keyName('', {...none, pageDown: true})).toBe('pagedown');
		expect(keyName('', {...none, home: true})).toBe('home');
		expect(keyName('\r', {...none, return: true})).toBe('return');
		expect(keyName('', {...none, escape: true, meta: true})).toBe('escape');
		expect(keyName('', {...none, tab: true})).toBe('tab');
		expect(keyName('', {...none, tab: true, shift: true})).toBe('shift+tab');
		expect(keyName('c', {...none, ctrl: true})).toBe('ctrl+c');
	});

	it('leaves a run of several characters unnamed; splitKeys names each', () => {
		expect(keyName('jjj', none)).toBeUndefined();
		expect(splitKeys('jj\u0003 G\r\t')).toEqual(['j', 'j', 'ctrl+c', 'space', 'G', 'return', 'tab']);
	});
});

describe('resolveKey', () => {
	it('finds every binding of the key table in its context', () => {
		for (const binding of keymap) {
			for (const key of binding.keys) {
				const context = binding.context === 'global' ? 'browse' : binding.context;
				// A mode's key that wins only in some states (Tab after Ctrl-O) yields to the unconditional one when no state is given.
				const shadowed = binding.enabled !== undefined && keymap.some(other => other !== binding && other.context === binding.context && other.keys.includes(key));
				if (!shadowed) expect(resolveKey(context, key), `${key} in ${binding.context}`).toEqual(binding.action);
			}
		}
	});

	it("prefers a context's own binding over a global one, and applies global keys everywhere", () => {
		expect(resolveKey('article', 'j')).toEqual({type: 'scrollLineDown'});
		expect(resolveKey('browse', 'j')).toEqual({type: 'selectNext'});
		expect(resolveKey('help', 'q')).toEqual({type: 'quit'});
		expect(resolveKey('article', 'ctrl+c')).toEqual({type: 'interrupt'});
		expect(resolveKey('browse', 'x')).toBeUndefined();
		expect(resolveKey('browse', undefined)).toBeUndefined();
	});

	it('binds no key twice in one context, except a key a mode takes over only in some states (Tab after Ctrl-O)', () => {
		const seen = new Map<string, (typeof keymap)[number]>();
		for (const binding of keymap) {
			for (const key of binding.keys) {
				const earlier = seen.get(`${binding.context}:${key}`);
				const conditional = [earlier, binding].some(
					one => one !== undefined && one.enabled !== undefined && Object.values(modes).some(mode => mode.globals?.some(own => own.action.type === one.action.type)),
				);
				expect(earlier === undefined || conditional, `${key} twice in ${binding.context}`).toBe(true);
				seen.set(`${binding.context}:${key}`, binding);
			}
		}
	});
});

it('shows keys as people know them', () => {
	expect(['down', 'pagedown', 'return', 'escape', 'space', 'shift+tab', 'ctrl+c', 'G'].map(keyLabel)).toEqual(['↓', 'PgDn', 'Enter', 'Esc', 'Space', 'Shift-Tab', 'Ctrl-C', 'G']);
});
