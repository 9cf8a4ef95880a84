import {describe, expect, it} from 'vitest';
import {letGo, ownBuffer} from '../../source/core/let-go.js';

describe('letGo', () => {
	it('frees bytes that are all of their memory, leaving them empty', async () => {
		const bytes = Buffer.alloc(1 << 20, 1);
		const view = new Uint32Array(bytes.buffer);
		await letGo(bytes);
		expect(bytes.length).toBe(0);
		expect(view.length).toBe(0);
	});

	it('leaves alone bytes that share their memory: a small buffer from Node’s pool, a part of a larger one, shared memory', async () => {
		const pooled = Buffer.from('a few bytes');
		const neighbour = Buffer.from('their neighbour');
		const whole = Buffer.alloc(1 << 16, 2);
		const part = whole.subarray(10, 20);
		const shared = new Uint8Array(new SharedArrayBuffer(64)).fill(3);
		for (const bytes of [pooled, part, shared]) {
			expect(ownBuffer(bytes)).toBeUndefined();
			await letGo(bytes);
		}
		expect(pooled.toString()).toBe('a few bytes');
		expect(neighbour.toString()).toBe('their neighbour');
		expect(whole[0]).toBe(2);
		expect(part.length).toBe(10);
		expect(shared[63]).toBe(3);
	});
});
