// The Teams tab's sign-in: ask Teams for the person's single sign-on token, trade it for ServiceBot's session
// cookie, check the cookie stuck, then go back to the page. Never waits on teams-js forever: after a few seconds, or on
// any failure, it says what happened and offers to retry or to open the page in the browser.
(() => {
  'use strict';

  const body = document.body;
  const texts = JSON.parse(body.dataset.texts || '{}');
  const status = document.getElementById('status');
  const fallback = document.getElementById('fallback');
  const retry = document.getElementById('retry');
  const openInBrowser = document.getElementById('open-in-browser');
  const returnUrl = safeReturnUrl(body.dataset.returnUrl);
  const initializeTimeoutMs = 5000;

  function safeReturnUrl(value) {
    return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
  }

  function browserUrl(url) {
    const target = new URL(url, window.location.origin);
    target.searchParams.delete('inTeams');
    return '/signin?returnUrl=' + encodeURIComponent(target.pathname + target.search);
  }

  function fail(message, detail) {
    status.textContent = detail ? message + ' (' + detail + ')' : message;
    fallback.hidden = false;
  }

  function timeout(ms) {
    return new Promise((_, reject) => window.setTimeout(() => reject(new Error('timeout')), ms));
  }

  async function problemOf(response) {
    try {
      const problem = await response.json();
      return problem.detail || String(response.status);
    } catch {
      return String(response.status);
    }
  }

  async function signIn() {
    const teams = window.microsoftTeams;
    if (!teams || !teams.app || !teams.authentication) {
      fail(texts.notInTeams);
      return;
    }

    try {
      await Promise.race([teams.app.initialize(), timeout(initializeTimeoutMs)]);
    } catch {
      fail(texts.notInTeams);
      return;
    }

    let token;
    try {
      token = await teams.authentication.getAuthToken();
    } catch (error) {
      fail(texts.tokenFailed, error && error.message ? error.message : String(error));
      return;
    }

    const exchange = await fetch('/signin/teams', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!exchange.ok) {
      fail(texts.refused, await problemOf(exchange));
      return;
    }

    // The session cookie is SameSite=None and Partitioned; a browser that still blocks it inside Teams would send
    // the person back here forever, so check it before going back.
    const check = await fetch('/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!check.ok) {
      fail(texts.cookiesBlocked);
      return;
    }

    window.location.replace(returnUrl);
  }

  openInBrowser.href = browserUrl(returnUrl);
  retry.addEventListener('click', () => {
    fallback.hidden = true;
    status.textContent = texts.signingIn;
    signIn().catch((error) => fail(texts.refused, error && error.message));
  });
  signIn().catch((error) => fail(texts.refused, error && error.message));
})();
