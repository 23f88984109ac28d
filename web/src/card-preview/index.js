// The card preview: renders Adaptive Cards as Teams shows them (official renderer, Teams-like host config) and says
// which texts a phone would cut. Exposed as window.ServiceBotCards for pages (the studio's preview) and browser tests.
import * as AdaptiveCards from 'adaptivecards';
import { renderCard } from '../cards/render-card.js';
import { findClippedText } from '../cards/find-clipped-text.js';
import { teamsHostConfig } from '../cards/teams-host-config.js';

/** Renders `card` at `width` px into `container` and measures it: { height, clipped, errors }. */
function previewCard(card, container, width) {
  const { stage, errors } = renderCard(card, container, { width });
  return { height: Math.ceil(stage.getBoundingClientRect().height), clipped: findClippedText(stage), errors };
}

window.ServiceBotCards = Object.freeze({
  rendererVersion: __ADAPTIVECARDS_VERSION__,
  renderCard,
  previewCard,
  findClippedText,
  teamsHostConfig,
  AdaptiveCards,
});
