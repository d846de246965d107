import { provide } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SettingsSchema, validate, type InputIssue } from '@quota/domain';
import { InvalidJson, jsonAttribute } from '../core/json-attribute.js';
import { settingsContext, type QuotaSettings, type Theme } from '../core/settings.js';
import { coreStrings } from '../core/strings.js';
import { statusStyles } from '../core/status.styles.js';
import { QuotaErrorEvent } from '../events/quota-error.js';
import { baseStyles } from '../styles/tokens.js';

type SettingKey = keyof QuotaSettings;
const KEYS: SettingKey[] = ['locale', 'currency', 'asOf', 'calendar', 'theme', 'tiers', 'benchmarks', 'qualityRules'];

/**
 * Shares settings with every Quota widget inside it, through @lit/context:
 * locale, currency, as-of date, calendar, theme, tiers, benchmarks and
 * quality rules. Widgets override any of them with their own attributes and
 * work without a provider too. A setting that is not valid is reported (and
 * its default used) instead of throwing.
 *
 * @summary Settings and theme for the widgets inside.
 * @slot - The widgets (or a whole board).
 * @csspart error - The notice listing settings that are not valid.
 * @cssprop --quota-color-bg - Background of the board.
 * @cssprop --quota-color-text - Text colour of the board.
 * @fires quota-error - A setting is not valid; `detail.issues` names it.
 */
@customElement('quota-provider')
export class QuotaProvider extends LitElement {
  static override styles = [
    baseStyles,
    statusStyles,
    css`
      :host {
        background: var(--_color-bg);
        container-type: normal;
      }
    `,
  ];

  /** Locale for every widget inside (BCP 47: `zh-CN`, `en-US`, …). */
  @property({ reflect: true }) locale?: string;
  /** ISO 4217 currency for amounts, e.g. `CNY`. */
  @property() currency?: string;
  /** The date figures are as of (`YYYY-MM-DD`); default today. */
  @property({ attribute: 'as-of' }) asOf?: string;
  /** `light` (default), `dark` or `tv`. */
  @property({ reflect: true }) theme?: Theme;
  /** Working-day calendar for pace: `{ workdays, holidays, extraWorkdays }` (JSON in the attribute). */
  @property({ converter: jsonAttribute }) calendar?: QuotaSettings['calendar'] | unknown;
  /** Attainment tiers (default 80/100/120%): `[{ id, min, rateMultiplier, bonusMultiplier }]`. */
  @property({ converter: jsonAttribute }) tiers?: QuotaSettings['tiers'] | unknown;
  /** Funnel conversion benchmarks: `[{ from, to, rate }]`. */
  @property({ converter: jsonAttribute }) benchmarks?: QuotaSettings['benchmarks'] | unknown;
  /** Quality limits: `{ maxDiscount, minGrossMargin, maxPaymentTermBreaches, maxComplaintRate }`. */
  @property({ attribute: 'quality-rules', converter: jsonAttribute }) qualityRules?: QuotaSettings['qualityRules'] | unknown;

  @provide({ context: settingsContext })
  @state()
  protected provided: QuotaSettings = {};

  @state() private issues: InputIssue[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    if (!KEYS.some((k) => changed.has(k))) return;
    const next: QuotaSettings = {};
    const issues: InputIssue[] = [];
    for (const key of KEYS) {
      const value: unknown = this[key];
      if (value === undefined || value === null || value === '') continue;
      if (value instanceof InvalidJson) {
        issues.push({ path: key, message: `not JSON: ${value.message}` });
        continue;
      }
      const result = validate(SettingsSchema, { [key]: value });
      if (result.ok) Object.assign(next, result.data);
      else issues.push(...result.issues);
    }
    this.provided = next;
    if (issues.length && JSON.stringify(issues) !== JSON.stringify(this.issues)) {
      this.dispatchEvent(new QuotaErrorEvent({ kind: 'settings', message: 'invalid settings', issues, source: 'settings', stale: false }));
    }
    this.issues = issues;
  }

  protected override render() {
    const s = coreStrings(this.provided.locale ?? 'en-US');
    return html`${this.issues.length
        ? html`<div part="error" class="status-error" role="alert">
            <strong>${s.settingsProblem}</strong>
            <ul>${this.issues.map((i) => html`<li><code>${i.path}</code> ${i.message}</li>`)}</ul>
          </div>`
        : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-provider': QuotaProvider;
  }
}
