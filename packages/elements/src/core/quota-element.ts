import { consume } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InputIssue } from '@quota/domain';
import { DayController } from './day-controller.js';
import { formatsFor, type Formats } from './format.js';
import { resolveSettings, settingsContext, todayLocal, type QuotaSettings, type ResolvedSettings, type Theme } from './settings.js';
import { baseStyles } from '../styles/tokens.js';
import { statusStyles } from './status.styles.js';

/**
 * What every Quota element shares: settings from the nearest
 * `<quota-provider>` (through @lit/context), each overridable on the
 * element itself, with defaults when there is no provider at all.
 */
export abstract class QuotaElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, statusStyles];

  /** Locale for numbers, dates and words (BCP 47, e.g. `zh-CN`). Default: the provider's, else the nearest `lang` attribute, else the browser's. */
  @property({ reflect: true }) locale?: string;

  /** Colour theme: `light`, `dark` or `tv`. Default: the provider's, else light. */
  @property({ reflect: true }) theme?: Theme;

  /** ISO 4217 currency for amounts (e.g. `CNY`). Default: the provider's, else the data's, else plain numbers. */
  @property() currency?: string;

  /** The date the figures are as of, `YYYY-MM-DD`, for pace. Default: the provider's, else the data's, else today (following the date on a board left running past midnight). */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Settings from the nearest `<quota-provider>`, if any. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected inherited?: QuotaSettings;

  /** Settings in effect, after the element's own, the provider's and the defaults. */
  protected settings!: ResolvedSettings;
  /** Settings that could not be used (their defaults apply instead). */
  protected settingsIssues: InputIssue[] = [];
  /** The as-of date in effect is the default, today. */
  private asOfIsToday = false;
  private readonly day = new DayController(this, () => this.asOfIsToday);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dayChanged = this.asOfIsToday && this.settings.asOf !== todayLocal();
    if (!this.settings || dayChanged || ['locale', 'theme', 'currency', 'asOf', 'inherited'].some((k) => changed.has(k))) {
      const { settings, issues, asOfIsToday } = resolveSettings(
        { locale: this.locale, theme: this.theme, currency: this.currency, asOf: this.asOf },
        this.inherited,
        this,
      );
      this.settings = settings;
      this.settingsIssues = issues;
      this.asOfIsToday = asOfIsToday;
    }
  }

  /** Formatters for the settings in effect (and a currency the data may bring). */
  protected formats(currency?: string): Formats {
    return formatsFor(this.settings.locale, this.settings.currency ?? currency);
  }
}
