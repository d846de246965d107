import { Animate } from '@lit-labs/motion';
import type { AttributePart, ReactiveControllerHost } from 'lit';
import { directive } from 'lit/directive.js';

/**
 * @lit-labs/motion's `animate()` (FLIP: first, last, invert, play) that also
 * lets go of its host when its element leaves the page. The original adds
 * itself to the host's controllers and never removes itself, so every row
 * that ever scrolled or paged out would stay in memory: on a wall that pages
 * every few seconds for weeks that is a leak. Keyed by the row's id through
 * `repeat()`, a row that changes rank keeps its element and slides there.
 */
class Flip extends Animate {
  /** The element whose controller this directive made itself (the host of the template). */
  private owner: ReactiveControllerHost | undefined;

  override update(part: AttributePart, args: Parameters<this['render']>): symbol {
    this.owner ??= part.options?.host as ReactiveControllerHost | undefined;
    return super.update(part, args);
  }

  override async disconnected(): Promise<void> {
    this.owner?.removeController(this);
    await super.disconnected();
  }

  override reconnected(): void {
    this.owner?.addController(this);
    super.reconnected();
  }
}

export const flip = directive(Flip);
