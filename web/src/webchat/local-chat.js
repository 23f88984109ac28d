// The local chat page (served at / in local mode): the bar's choices, Web Chat over the local Direct Line, and the
// customer's survey link. The server renders the page; this wires it up.
import { createStore } from 'botframework-webchat';

const surveyLinkKey = 'servicebot.surveyLink';
const surveyPath = /\/feedback\/[A-Za-z0-9._~%-]+/;

/** A stable Direct Line user id per role in this browser (Direct Line user ids start with dl_). */
function userIdFor(persona) {
  const key = `servicebot.user.${persona}`;
  let id = window.localStorage.getItem(key);
  if (!id) {
    id = `dl_${persona}-${crypto.randomUUID()}`;
    window.localStorage.setItem(key, id);
  }
  return id;
}

/** Remembers the last survey link the bot showed (in a card or a message), for the customer's view. */
function rememberSurveyLink(activity) {
  if (!activity || !activity.from || activity.from.role !== 'bot') return;
  const text = JSON.stringify([activity.text || '', activity.attachments || []]);
  // An absolute link (https://host/feedback/…) or one relative to this app (/feedback/…), in text or in a card.
  const found = text.match(/(?:https?:\/\/[^\s"'<>\\)]+)?\/feedback\/[A-Za-z0-9._~%-]+/);
  if (found) window.localStorage.setItem(surveyLinkKey, new URL(found[0], window.location.href).href);
}

async function generateToken(domain, persona, locale) {
  const response = await fetch(`${domain}/tokens/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ persona, locale, user: { id: userIdFor(persona) } }),
  });
  if (!response.ok) throw new Error(`tokens/generate answered ${response.status}`);
  return response.json();
}

// The conversation of this tab for a role and language (sessionStorage: a reload keeps it, a new tab starts afresh).
// The bot keeps conversations in memory, so after a restart, or half an hour unused, the token no longer refreshes.
const conversationKey = (persona, locale) => `servicebot.conversation.${persona}.${locale}`;

function savedConversation(key) {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
  } catch {
    return null;
  }
}

/** A fresh token for the saved conversation, or null when the bot no longer has it (restarted, or the token expired). */
async function resumeToken(domain, saved) {
  const response = await fetch(`${domain}/tokens/refresh`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${saved.token}` },
  });
  if (response.status === 403 || response.status === 404) return null;
  if (!response.ok) throw new Error(`tokens/refresh answered ${response.status}`);
  const { token } = await response.json();
  return token;
}

let forgotten = false;

/** Forgets this tab's conversation for the role and language: the next load starts a new one. */
export function forgetConversation(element) {
  const { persona, locale } = element.dataset;
  forgotten = true;
  window.sessionStorage.removeItem(conversationKey(persona, locale));
}

function showNotice(text) {
  const notice = document.querySelector('[data-servicebot-chat-notice]');
  if (!notice || !text) return;
  notice.textContent = text;
  notice.hidden = false;
}

/**
 * Mounts Web Chat for the role, language and time zone in the element's data attributes. A reload resumes the tab's
 * conversation (a refreshed token, every activity again from the first watermark); when the bot no longer has it,
 * a new conversation starts and the page says why.
 */
export async function mountLocalChat(element, { mount, createDirectLine }) {
  const { directlineDomain, persona, locale, timezone } = element.dataset;
  const texts = JSON.parse(element.dataset.texts || '{}');
  const key = conversationKey(persona, locale);
  try {
    let conversationId;
    let token;
    let resumed = false;
    const saved = savedConversation(key);
    if (saved) {
      token = await resumeToken(directlineDomain, saved);
      if (token) {
        conversationId = saved.conversationId;
        resumed = true;
      } else {
        window.sessionStorage.removeItem(key);
        showNotice(texts.conversationGone);
      }
    }
    if (!token) {
      ({ token, conversationId } = await generateToken(directlineDomain, persona, locale));
    }
    // Polling twice a second: the bot is on this computer, and replies show without a noticeable wait. With
    // conversationId given, the client reconnects to it (GET /conversations/{id}) instead of starting another.
    const directLine = createDirectLine({ domain: directlineDomain, token, conversationId: resumed ? conversationId : undefined, pollingInterval: 500 });
    const save = () => {
      if (!forgotten) window.sessionStorage.setItem(key, JSON.stringify({ conversationId, token: directLine.token || token }));
    };
    save();
    window.addEventListener('pagehide', save);
    // Web Chat stamps the browser's own time zone on what it sends; the bar's choice wins.
    const postActivity = directLine.postActivity.bind(directLine);
    directLine.postActivity = (activity) => postActivity({ ...activity, localTimezone: timezone });
    const store = createStore({}, () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') rememberSurveyLink(action.payload.activity);
      return next(action);
    });
    element.textContent = '';
    mount(element, {
      directLine,
      store,
      locale,
      userID: userIdFor(persona),
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'SB', userAvatarInitials: persona.slice(0, 2).toUpperCase() },
    });
    element.dataset.connected = 'true';
    element.dataset.resumed = String(resumed);
  } catch (error) {
    const status = element.querySelector('.status') || element.appendChild(document.createElement('p'));
    status.className = 'status error';
    status.textContent = texts.connectFailed || String(error);
    console.warn('ServiceBot local chat:', error);
  }
}

/** The bar: a choice reloads the page with it; the apply button is for pages without script. */
export function wireChoices(form) {
  for (const button of form.querySelectorAll('button[type=submit]')) button.hidden = true;
  for (const select of form.querySelectorAll('select')) {
    select.addEventListener('change', () => form.submit());
  }
}

/** The customer's view: the last survey link shown in a chat, or one pasted; opened in this tab. */
export function wireSurvey(section) {
  const form = section.querySelector('[data-servicebot-survey-form]');
  const input = form.querySelector('input');
  const none = section.querySelector('[data-servicebot-survey-none]');
  const last = window.localStorage.getItem(surveyLinkKey);
  if (last) {
    input.value = last;
    none.hidden = true;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let url;
    try {
      url = new URL(input.value.trim(), window.location.href);
    } catch {
      input.setCustomValidity(' ');
      input.reportValidity();
      return;
    }
    if (!/^https?:$/.test(url.protocol) || !surveyPath.test(url.pathname)) {
      input.setCustomValidity(' ');
      input.reportValidity();
      return;
    }
    window.location.assign(url.href);
  });
  input.addEventListener('input', () => input.setCustomValidity(''));
}
