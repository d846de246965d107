// A test-runner command that emulates CSS media features Puppeteer's emulateMedia
// does not pass on, forced-colors above all (Windows high contrast), through the
// DevTools protocol of the test's own page:
//   await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
// An empty list turns every emulated feature off again.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'quota-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: Array.isArray(payload) ? payload : [] });
      return true;
    },
  };
}
