import type { BrowserContext } from 'playwright-core';
export const CHROME_PATH: string;
export function launchChromium(extraArgs?: string[]): Promise<BrowserContext>;
