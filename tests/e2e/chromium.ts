// How tests and benchmarks start Chromium: Debian's binary (no tool downloads its own) with the flags that keep it
// headless, offline and quiet. Free of vitest, so the bench can import it too.
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
