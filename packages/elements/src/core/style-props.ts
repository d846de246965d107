import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`font-size`, `--_cols`); `undefined` removes one. */
export type StyleProps = Record<string, string | undefined>;

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`), in
 * element position: `<div ${styleProps({ '--_cols': template })}>`. Unlike
 * lit's `styleMap`, whose first render writes a `style="…"` attribute from a
 * string, it never writes the attribute, so it works on pages with a strict
 * `style-src` Content-Security-Policy (no 'unsafe-inline').
 */
class StylePropsDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <div ${styleProps({...})}>');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.set) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.set.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
