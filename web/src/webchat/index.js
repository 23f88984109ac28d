// The local web chat: Microsoft's Web Chat over a Direct Line connection to a configurable domain.
//
// The local chat page (/, local mode): <section data-servicebot-local-chat data-directline-domain data-persona data-locale
// data-timezone>, the bar <form data-servicebot-choices>, the customer's <section data-servicebot-survey-link>.
// Automatic: <div data-servicebot-webchat data-directline-domain="/v3/directline" data-token="..." data-locale="es-MX">
// By hand:   window.ServiceBotWebChat.mount(element, { domain, token, locale, userID, username, directLine, store })
// (`directLine` is any object with Direct Line's activity$/connectionStatus$/postActivity, e.g. a stub in a test.)
import { renderWebChat } from 'botframework-webchat';
import { DirectLine } from 'botframework-directlinejs';
import { forgetConversation, mountLocalChat, wireChoices, wireSurvey } from './local-chat.js';

/** A Direct Line client pointed at `domain` (absolute, or relative to the page), polling for activities. */
/** With `conversationId`, reconnects to that conversation and reads it again from its first activity. */
export function createDirectLine({ domain, token, conversationId, pollingInterval = 1000 }) {
  const absolute = new URL(domain, window.location.href).href.replace(/\/$/, '');
  return new DirectLine({ domain: absolute, token, conversationId: conversationId || undefined, webSocket: false, pollingInterval });
}

/** Mounts Web Chat into `element`; returns the Direct Line object it talks through. */
export function mount(element, options = {}) {
  const directLine = options.directLine || createDirectLine(options);
  renderWebChat(
    {
      directLine,
      store: options.store,
      locale: options.locale || document.documentElement.lang || 'es-MX',
      userID: options.userID,
      username: options.username,
      styleOptions: { hideUploadButton: true, ...options.styleOptions },
    },
    element,
  );
  return directLine;
}

function mountMarked() {
  for (const element of document.querySelectorAll('[data-servicebot-webchat]')) {
    const { directlineDomain, token, locale, userId, username } = element.dataset;
    mount(element, { domain: directlineDomain, token, locale, userID: userId, username });
  }
  for (const form of document.querySelectorAll('[data-servicebot-choices]')) wireChoices(form);
  for (const section of document.querySelectorAll('[data-servicebot-survey-link]')) wireSurvey(section);
  for (const element of document.querySelectorAll('[data-servicebot-local-chat]')) {
    mountLocalChat(element, { mount, createDirectLine });
  }
  for (const button of document.querySelectorAll('[data-servicebot-new-conversation]')) {
    button.addEventListener('click', () => {
      for (const element of document.querySelectorAll('[data-servicebot-local-chat]')) forgetConversation(element);
      window.location.reload();
    });
  }
}

window.ServiceBotWebChat = Object.freeze({ mount, createDirectLine });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountMarked);
else mountMarked();
