/**
 * The key table: the one place that says which key does what, where. The reducer resolves key
 * presses through it, and the help overlay and the hint bar are drawn from it, so they cannot
 * disagree with what the keys do.
 *
 * Key names: a printable character as typed (`j`, `G`, `?`), or `space`, `return`, `escape`,
 * `tab`, `shift+tab`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`, `home`, `end`,
 * `backspace`, `delete`, `ctrl+<letter>` (see `keys.ts`).
 */
import type {Action} from './messages.js';

/**
 * Where a binding applies. `global` applies everywhere unless the current context binds the key
 * itself; a context with `typing` receives printable keys as text, so global letters (`q`, `s`)
 * do not fire there.
 */
export const contexts = {
	global: {label: 'everywhere', typing: false},
	timeline: {label: 'timeline', typing: false},
	article: {label: 'article', typing: false},
	overlay: {label: 'help and summary', typing: false},
	search: {label: 'search', typing: true},
	compare: {label: 'compare', typing: false},
	pick: {label: 'picking statements', typing: false},
} as const satisfies Record<string, {label: string; typing: boolean}>;

export type Context = keyof typeof contexts;

export type Binding = {
	readonly context: Context;
	readonly keys: readonly string[];
	readonly action: Action;
	/** The help overlay's description. */
	readonly help: string;
	/** The hint bar's entry: the keys as shown, and a word or two. */
	readonly hint?: readonly [keys: string, label: string];
};

export const keymap = [
	{context: 'global', keys: ['tab'], action: {type: 'focusNext'}, help: 'focus the other pane', hint: ['⇥', 'pane']},
	{context: 'global', keys: ['shift+tab'], action: {type: 'focusPrevious'}, help: 'focus the other pane'},
	{context: 'global', keys: ['/'], action: {type: 'openSearch'}, help: 'search events and article text', hint: ['/', 'search']},
	{context: 'global', keys: ['d'], action: {type: 'openCompare'}, help: 'compare statements (d again closes)', hint: ['d', 'compare']},
	{context: 'global', keys: ['s'], action: {type: 'toggleSummary'}, help: 'summary view', hint: ['s', 'summary']},
	{context: 'global', keys: ['?'], action: {type: 'toggleHelp'}, help: 'help: every binding', hint: ['?', 'help']},
	{context: 'global', keys: ['q'], action: {type: 'quit'}, help: 'close the overlay, or quit', hint: ['q', 'quit']},
	{context: 'global', keys: ['ctrl+c'], action: {type: 'interrupt'}, help: 'quit at once'},
	{context: 'timeline', keys: ['j', 'down'], action: {type: 'selectNext'}, help: 'next event', hint: ['↑↓', 'move']},
	{context: 'timeline', keys: ['k', 'up'], action: {type: 'selectPrevious'}, help: 'previous event'},
	{context: 'timeline', keys: ['g', 'home'], action: {type: 'selectFirst'}, help: 'first event'},
	{context: 'timeline', keys: ['G', 'end'], action: {type: 'selectLast'}, help: 'last event'},
	{context: 'timeline', keys: ['pagedown'], action: {type: 'selectPageDown'}, help: 'a page down'},
	{context: 'timeline', keys: ['pageup'], action: {type: 'selectPageUp'}, help: 'a page up'},
	{context: 'timeline', keys: ['return', 'l', 'right'], action: {type: 'focusArticle'}, help: 'focus the article', hint: ['⏎', 'read']},
	{context: 'article', keys: ['j', 'down'], action: {type: 'scrollLineDown'}, help: 'scroll down a line', hint: ['↑↓', 'scroll']},
	{context: 'article', keys: ['k', 'up'], action: {type: 'scrollLineUp'}, help: 'scroll up a line'},
	{context: 'article', keys: ['space', 'pagedown'], action: {type: 'scrollPageDown'}, help: 'a page down', hint: ['space', 'page']},
	{context: 'article', keys: ['b', 'pageup'], action: {type: 'scrollPageUp'}, help: 'a page up'},
	{context: 'article', keys: ['g', 'home'], action: {type: 'scrollTop'}, help: 'top of the article'},
	{context: 'article', keys: ['G', 'end'], action: {type: 'scrollBottom'}, help: 'end of the article'},
	{context: 'article', keys: ['c'], action: {type: 'toCitation'}, help: 'back to the cited passage', hint: ['c', 'citation']},
	{context: 'article', keys: ['n'], action: {type: 'nextMatch'}, help: 'next search match', hint: ['n/N', 'match']},
	{context: 'article', keys: ['N'], action: {type: 'previousMatch'}, help: 'previous search match'},
	{context: 'article', keys: ['escape', 'h', 'left'], action: {type: 'focusTimeline'}, help: 'back to the timeline', hint: ['←', 'timeline']},
	{context: 'overlay', keys: ['j', 'down'], action: {type: 'scrollLineDown'}, help: 'scroll down a line', hint: ['↑↓', 'scroll']},
	{context: 'overlay', keys: ['k', 'up'], action: {type: 'scrollLineUp'}, help: 'scroll up a line'},
	{context: 'overlay', keys: ['space', 'pagedown'], action: {type: 'scrollPageDown'}, help: 'a page down', hint: ['space', 'page']},
	{context: 'overlay', keys: ['b', 'pageup'], action: {type: 'scrollPageUp'}, help: 'a page up'},
	{context: 'overlay', keys: ['g', 'home'], action: {type: 'scrollTop'}, help: 'top'},
	{context: 'overlay', keys: ['G', 'end'], action: {type: 'scrollBottom'}, help: 'end'},
	{context: 'overlay', keys: ['escape'], action: {type: 'closeOverlay'}, help: 'close', hint: ['esc', 'close']},
	{context: 'search', keys: ['down', 'ctrl+n'], action: {type: 'searchNext'}, help: 'next result', hint: ['↑↓', 'pick']},
	{context: 'search', keys: ['up', 'ctrl+p'], action: {type: 'searchPrevious'}, help: 'previous result'},
	{context: 'search', keys: ['pagedown'], action: {type: 'searchPageDown'}, help: 'a page of results down'},
	{context: 'search', keys: ['pageup'], action: {type: 'searchPageUp'}, help: 'a page of results up'},
	{context: 'search', keys: ['return'], action: {type: 'searchOpen'}, help: 'open the result: select the event, or the article at the match', hint: ['⏎', 'open']},
	{context: 'search', keys: ['escape'], action: {type: 'searchCancel'}, help: 'cancel: back to where you were', hint: ['esc', 'cancel']},
	// Ink 6.8 reports the Backspace key as `delete`; `backspace` is Ctrl-H.
	{context: 'search', keys: ['delete'], action: {type: 'searchDelete'}, help: 'delete the last letter'},
	{context: 'search', keys: ['backspace'], action: {type: 'searchDelete'}, help: 'delete the last letter'},
	{context: 'search', keys: ['ctrl+w'], action: {type: 'searchDeleteWord'}, help: 'delete a word'},
	{context: 'search', keys: ['ctrl+u'], action: {type: 'searchClear'}, help: 'clear the query'},
	{context: 'compare', keys: ['u'], action: {type: 'compareLayout'}, help: 'side by side ⇄ unified', hint: ['u', 'layout']},
	{context: 'compare', keys: ['f'], action: {type: 'compareText'}, help: 'claims by topic ⇄ the full articles', hint: ['f', 'full text']},
	{context: 'compare', keys: ['j', 'down'], action: {type: 'scrollLineDown'}, help: 'scroll down a line', hint: ['↑↓', 'scroll']},
	{context: 'compare', keys: ['k', 'up'], action: {type: 'scrollLineUp'}, help: 'scroll up a line'},
	{context: 'compare', keys: ['space', 'pagedown'], action: {type: 'scrollPageDown'}, help: 'a page down', hint: ['space', 'page']},
	{context: 'compare', keys: ['b', 'pageup'], action: {type: 'scrollPageUp'}, help: 'a page up'},
	{context: 'compare', keys: ['g', 'home'], action: {type: 'scrollTop'}, help: 'top'},
	{context: 'compare', keys: ['G', 'end'], action: {type: 'scrollBottom'}, help: 'end'},
	{context: 'compare', keys: ['n'], action: {type: 'compareNextTopic'}, help: 'next topic', hint: ['n/N', 'topic']},
	{context: 'compare', keys: ['N'], action: {type: 'comparePreviousTopic'}, help: 'previous topic'},
	{context: 'compare', keys: ['p'], action: {type: 'pickStatements'}, help: 'pick two other statements'},
	{context: 'compare', keys: ['escape'], action: {type: 'closeOverlay'}, help: 'close', hint: ['esc', 'close']},
	{context: 'pick', keys: ['j', 'down'], action: {type: 'pickNext'}, help: 'next statement', hint: ['↑↓', 'move']},
	{context: 'pick', keys: ['k', 'up'], action: {type: 'pickPrevious'}, help: 'previous statement'},
	{context: 'pick', keys: ['return'], action: {type: 'pickChoose'}, help: 'pick it: first one, then the one to compare it with', hint: ['⏎', 'pick']},
	{context: 'pick', keys: ['escape'], action: {type: 'closeOverlay'}, help: 'back a step', hint: ['esc', 'back']},
] as const satisfies readonly Binding[];
