import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { expect } from 'chai';
import '../../packages/elements/src/provider/provider.js';
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
