import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { parameters as argTypeParameters } from '@storybook/web-components/entry-preview-argtypes';
import manifest from '../packages/elements/custom-elements.json';

// Every element's docs page lists its properties, attributes, events, slots,
// parts and custom properties from the manifest the JSDoc generates.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    docs: {
      extractArgTypes: argTypeParameters.docs.extractArgTypes,
      extractComponentDescription: argTypeParameters.docs.extractComponentDescription,
    },
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Designers land on the introduction, then whole boards, then each widget.
    options: { storySort: { order: ['Introduction', 'Boards', 'Widgets'] } },
  },
  tags: ['autodocs'],
};
export default preview;
