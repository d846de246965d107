import { Animate } from '@lit-labs/motion';
import type { AttributePart, ReactiveControllerHost } from 'lit';
import { directive } from 'lit/directive.js';

/**
 * @lit-labs/motion's `animate()` (FLIP: first, last, invert, play), keyed by
 * the row's id through `repeat()` so that a row that changes rank keeps its
 * element and slides there, with two fixes:
 * - it lets go of its host when its element leaves the page. The original
 *   adds itself to the host's controllers and never removes itself, so every
 *   row that ever paged out would stay in memory: on a wall that pages every
 *   few seconds for weeks, a leak;
 * - it measures nothing unless it is enabled and was there before the update.
 *   The original measures every new element once after its first render,
 *   which for a list of new rows is one forced layout per row.
 */
class Flip extends Animate {
  /** The element whose controller this directive made itself (the host of the template). */
  private owner: ReactiveControllerHost | undefined;
  /** Measured before this update with animation on: measure again after it. */
  private armed = false;

  override update(part: AttributePart, args: Parameters<this['render']>): symbol {
    this.owner ??= part.options?.host as ReactiveControllerHost | undefined;
    return super.update(part, args);
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.armed = !this.isDisabled();
  }

  override async hostUpdated(): Promise<void> {
    if (!this.armed) return;
    this.armed = false;
    await super.hostUpdated();
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
