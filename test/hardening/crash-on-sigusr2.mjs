/**
 * Test-only: loaded with `node --import` in front of dist/cli.cjs, it makes SIGUSR2 throw an
 * uncaught error (with escape sequences in its message), so a test can crash the running
 * explorer at a moment it chooses and check the terminal is given back. Nothing in the product
 * reads it.
 */
process.on('SIGUSR2', () => {
	throw new Error('crash for a test \u001B]0;title\u0007\u001B[2J');
});
