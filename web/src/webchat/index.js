// The local web chat: Microsoft's Web Chat over a Direct Line connection to a configurable domain.
//
// Automatic: <div data-servicebot-webchat data-directline-domain="/v3/directline" data-token="..." data-locale="es-MX">
// By hand:   window.ServiceBotWebChat.mount(element, { domain, token, locale, userID, username, directLine })
// (`directLine` is any object with Direct Line's activity$/connectionStatus$/postActivity, e.g. a stub in a test.)
import { renderWebChat } from 'botframework-webchat';
import { DirectLine } from 'botframework-directlinejs';

/** A Direct Line client pointed at `domain` (absolute, or relative to the page), polling for activities. */
export function createDirectLine({ domain, token, pollingInterval = 1000 }) {
  const absolute = new URL(domain, window.location.href).href.replace(/\/$/, '');
  return new DirectLine({ domain: absolute, token, webSocket: false, pollingInterval });
}

/** Mounts Web Chat into `element`; returns the Direct Line object it talks through. */
export function mount(element, options = {}) {
  const directLine = options.directLine || createDirectLine(options);
  renderWebChat(
    {
      directLine,
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
}

window.ServiceBotWebChat = Object.freeze({ mount, createDirectLine });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountMarked);
else mountMarked();
