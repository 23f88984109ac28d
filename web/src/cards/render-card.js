// Renders one Adaptive Card with the official renderer, as Teams shows it, into a container.
import * as AdaptiveCards from 'adaptivecards';
import { teamsHostConfig, teamsFontFamily } from './teams-host-config.js';
import { teamsMarkdownToHtml } from './teams-markdown.js';
import css from './teams-card.css';

// maxLines is then shown with CSS line-clamp only (the same "…" on screen): the library's other way rewrites the text
// in the page, and a clamp must stay measurable by findClippedText.
AdaptiveCards.GlobalSettings.useAdvancedTextBlockTruncation = false;
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = teamsMarkdownToHtml(text);
  result.didProcess = true;
};

function ensureStyles(document) {
  if (document.getElementById('sb-card-styles')) return;
  const style = document.createElement('style');
  style.id = 'sb-card-styles';
  style.textContent = css;
  document.head.appendChild(style);
}

/**
 * Renders `card` (an Adaptive Card as JSON) into `container`, replacing what was there, at `options.width` px
 * (default: the container's width). Returns { stage, bubble, errors }: the parser's and validator's messages.
 */
export function renderCard(card, container, options = {}) {
  ensureStyles(container.ownerDocument);
  container.replaceChildren();
  const stage = container.ownerDocument.createElement('div');
  stage.className = 'sb-card-stage';
  stage.style.fontFamily = teamsFontFamily;
  if (options.width) stage.style.width = `${options.width}px`;
  const bubble = container.ownerDocument.createElement('div');
  bubble.className = 'sb-card-bubble';
  stage.appendChild(bubble);
  container.appendChild(stage);

  const errors = [];
  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
  adaptiveCard.hostConfig = teamsHostConfig();
  if (options.onExecuteAction) adaptiveCard.onExecuteAction = options.onExecuteAction;
  const context = new AdaptiveCards.SerializationContext();
  try {
    adaptiveCard.parse(card, context);
  } catch (e) {
    errors.push(`parse: ${e.message}`);
  }
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`${event.phase === AdaptiveCards.ValidationPhase.Parse ? 'parse' : 'validate'}: ${event.message}`);
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) {
    errors.push(`validate: ${event.message}`);
  }
  const element = adaptiveCard.render();
  if (element) {
    bubble.appendChild(element);
    adaptiveCard.updateLayout();
  } else {
    errors.push('render: the renderer returned nothing');
  }
  if (options.showErrors && errors.length) {
    const list = container.ownerDocument.createElement('div');
    list.className = 'sb-card-errors';
    list.textContent = errors.join('\n');
    stage.appendChild(list);
  }
  return { stage, bubble, errors };
}
