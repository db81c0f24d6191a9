// Test runner commands the built-in ones lack, for headless Chromium (the
// puppeteer launcher): a real tap on a touch screen, and forced colors.
//   executeServerCommand('nw-tap', { x, y })             touch start and end at a viewport point
//   executeServerCommand('nw-media', { forcedColors, colorScheme })  emulated media features
// A command that fails answers `{ error }` (a thrown error would leave the test waiting).
const sessions = new WeakMap();

/** One DevTools session per page, kept: emulation lasts as long as the session that set it. */
async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

async function run(command, payload, page) {
  if (command === 'nw-tap') {
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  }
  // Puppeteer's own emulation knows no forced-colors: both features go to DevTools at once.
  const cdp = await cdpOf(page);
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: payload.forcedColors ?? '' },
      { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
    ],
  });
  return true;
}

export function nwCommands() {
  return {
    name: 'nw-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nw-tap' && command !== 'nw-media') return undefined;
      try {
        if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the puppeteer launcher`);
        return await run(command, payload, session.browser.getPage(session.id));
      } catch (error) {
        return { error: String(error) };
      }
    },
  };
}
