// Loaded with `node --import` into a process being measured: on exit, its peak resident memory.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
