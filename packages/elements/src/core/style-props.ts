import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (kebab-case, custom properties too) and values; undefined or null removes one. */
export type StyleProps = Record<string, string | undefined | null>;

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`), from
 * the first render on. Lit's `styleMap` writes its first render as a
 * `style="…"` attribute string, which a strict CSP (`style-src 'self'`)
 * blocks; this never does. Use it on the element itself:
 * `<div ${styleProps({ transform: 'translate(2px, 0)', '--_fit': '0.8' })}>`.
 */
class StylePropsDirective extends Directive {
  private readonly set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element, e.g. <div ${styleProps({…})}>');
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.set) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.set.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
