// The localStorage that remembers the interface language, opened once: boot.ts opens it while the app bundle loads.

let opened: Storage | null | undefined;

/**
 * The page's localStorage (null where it is disabled). Its first use is a synchronous round trip to the browser
 * process to load the stored values, tens of milliseconds on a busy machine; boot.ts makes it while the app bundle
 * still downloads, so the first render does not wait for it.
 */
export function langStorage(): Storage | null {
  if (opened === undefined) {
    try {
      opened = window.localStorage;
      void opened.length; // loads the stored values now
    } catch {
      opened = null;
    }
  }
  return opened;
}
