import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { expect } from 'chai';
import { sampleData } from '@quota/domain';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/leaderboard/leaderboard.js';
import '../../packages/elements/src/wall/wall.js';
import { TOKENS } from '../../packages/elements/src/styles/tokens.js';
import { settingsContext, type QuotaSettings } from '../../packages/elements/src/core/settings.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import { cleanup, expectAxeClean, fixture, recordEvents, settle, shadow } from './helpers.js';

@customElement('test-settings-reader')
class SettingsReader extends LitElement {
  @consume({ context: settingsContext, subscribe: true }) settings?: QuotaSettings;
}

describe('<quota-provider>', () => {
  afterEach(cleanup);

  it('hands its settings to every element inside through context', async () => {
    const el = await fixture<HTMLElement>(html`<quota-provider locale="zh-CN" currency="CNY" as-of="2025-02-14" theme="dark">
      <test-settings-reader></test-settings-reader>
    </quota-provider>`);
    const reader = el.querySelector('test-settings-reader') as SettingsReader;
    expect(reader.settings).to.deep.include({ locale: 'zh-CN', currency: 'CNY', asOf: '2025-02-14', theme: 'dark' });
  });

  it('updates the elements inside when a setting changes', async () => {
    const el = await fixture<HTMLElement>(html`<quota-provider locale="en-US"><test-settings-reader></test-settings-reader></quota-provider>`);
    el.setAttribute('locale', 'zh-CN');
    await settle(el);
    expect((el.querySelector('test-settings-reader') as SettingsReader).settings?.locale).to.equal('zh-CN');
  });

  it('reports a setting that is not valid, keeps the rest and does not throw', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const errors = recordEvents<QuotaErrorEvent>(container, 'quota-error');
    container.innerHTML = `<quota-provider as-of="2025-02-30" tiers="[not json" currency="CNY"><test-settings-reader></test-settings-reader></quota-provider>`;
    const el = container.firstElementChild as HTMLElement;
    await settle(el);
    const error = shadow(el).querySelector('[part="error"]');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.contain('asOf').and.contain('tiers');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.have.members(['asOf', 'tiers']);
    expect((el.querySelector('test-settings-reader') as SettingsReader).settings).to.deep.equal({ currency: 'CNY' });
    await expectAxeClean(el);
    container.remove();
  });
});

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('a widget themed on its own, without a provider', () => {
  afterEach(cleanup);

  for (const theme of ['dark', 'tv'] as const) {
    it(`paints the ${theme} theme's background under its ${theme} text, so it reads on a white page (axe clean)`, async () => {
      const el = await fixture<HTMLElement>(html`<quota-leaderboard theme=${theme} locale="en-US" .data=${sampleData(7).leaderboard}></quota-leaderboard>`);
      expect(getComputedStyle(document.body).backgroundColor).to.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']);
      expect(getComputedStyle(el).backgroundColor).to.equal(rgb(TOKENS['color-bg'][theme]));
      expect(getComputedStyle(el).color).to.equal(rgb(TOKENS['color-text'][theme]));
      await expectAxeClean(el);
    });
  }

  it("leaves an element's own background to it (the wall's --wall-background wins over the theme's)", async () => {
    const el = await fixture<HTMLElement>(html`<quota-wall theme="tv" style="--wall-background: rgb(1, 2, 3)"></quota-wall>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
