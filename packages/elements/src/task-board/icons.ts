import { svg } from 'lit';

// Small stroke icons (aria-hidden where used): shapes that carry status beside text, never instead of it.
const icon = (body: ReturnType<typeof svg>, cls = '') =>
  svg`<svg class="icon ${cls}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;

export const clockIcon = icon(svg`<circle cx="8" cy="8" r="6.2"></circle><path d="M8 4.5V8l2.5 1.6"></path>`);
export const alertIcon = icon(svg`<path d="M8 1.8 15 14H1z"></path><path d="M8 6.2v3.8M8 11.6v.4"></path>`, 'alert');
export const personIcon = icon(svg`<circle cx="8" cy="5.2" r="2.8"></circle><path d="M2.6 14.5c.6-3 2.7-4.6 5.4-4.6s4.8 1.6 5.4 4.6"></path>`);
export const targetIcon = icon(svg`<circle cx="8" cy="8" r="6.2"></circle><circle cx="8" cy="8" r="3.2"></circle><circle cx="8" cy="8" r=".6"></circle>`);
export const costIcon = icon(svg`<rect x="1.8" y="4" width="12.4" height="8.4" rx="1.4"></rect><circle cx="8" cy="8.2" r="1.8"></circle>`);
export const checkIcon = icon(svg`<path d="m2.8 8.4 3.4 3.3 7-7.4"></path>`, 'check');
export const pendingIcon = icon(svg`<circle cx="8" cy="8" r="6.2" stroke-dasharray="3 2.4"></circle>`, 'spin');
export const gripIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><g class="dots">
  <circle cx="5.5" cy="3.5" r="1.2"></circle><circle cx="10.5" cy="3.5" r="1.2"></circle><circle cx="5.5" cy="8" r="1.2"></circle>
  <circle cx="10.5" cy="8" r="1.2"></circle><circle cx="5.5" cy="12.5" r="1.2"></circle><circle cx="10.5" cy="12.5" r="1.2"></circle></g></svg>`;
