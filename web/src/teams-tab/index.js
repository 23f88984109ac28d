// Bootstrap for pages shown as a Teams tab: initialises the Teams client library, reads the context (user, locale,
// theme) and gets the tab's single sign-on token. Outside Teams, start() says so instead of waiting forever.
//
//   const tab = await window.ServiceBotTeamsTab.start();
//   if (tab.inTeams) { const token = await tab.getAuthToken(); ... }
import { app, authentication } from '@microsoft/teams-js';

const NOT_IN_TEAMS = { inTeams: false, context: null, getAuthToken: () => Promise.reject(new Error('not running in Teams')) };

function inFrame() {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent: Teams' own frame
  }
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer from Teams in ${ms} ms`)), ms))]);
}

/** { inTeams, context, getAuthToken } — context is Teams' app context (user, locale, theme, page). */
export async function start({ timeoutMs = 5000 } = {}) {
  if (!inFrame()) return NOT_IN_TEAMS;
  try {
    await withTimeout(app.initialize(), timeoutMs);
  } catch {
    return NOT_IN_TEAMS;
  }
  const context = await app.getContext();
  document.documentElement.lang = context.app.locale || document.documentElement.lang;
  document.documentElement.dataset.teamsTheme = context.app.theme || 'default';
  app.registerOnThemeChangeHandler((theme) => { document.documentElement.dataset.teamsTheme = theme; });
  app.notifySuccess();
  return { inTeams: true, context, getAuthToken: () => authentication.getAuthToken() };
}

window.ServiceBotTeamsTab = Object.freeze({ start });
