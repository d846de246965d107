import type { ComplexAttributeConverter } from 'lit';

/** Marks an attribute whose text was not JSON; the element reports it instead of throwing. */
export class InvalidJson {
  readonly text: string;
  readonly message: string;
  constructor(text: string, message: string) {
    this.text = text;
    this.message = message;
  }
}

/**
 * Attribute converter for JSON-valued attributes (`tiers='[…]'`). Lit's own
 * `type: Object` throws on bad JSON; this one yields an {@link InvalidJson}
 * for the element to report.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value) {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidJson(value, (error as Error).message);
    }
  },
  toAttribute(value) {
    return value === undefined ? null : JSON.stringify(value);
  },
};
