/**
 * Ends the process once everything written to stdout and stderr has been handed to them. `process.exit`
 * right after a large write drops what a pipe has not taken yet: `npm run --silent claims -- extract
 * --json ... | wc -c` counted 65,536 bytes of a 1.3 MB array (2026-11-29). The exit code is set first,
 * so a process that ends on its own ends with it too.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit(code);
  };
  // streams keep their order: an empty write's callback runs once every earlier write is out
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
