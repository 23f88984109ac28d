// The roster: teams with their supervisors and agents, and the admins. People are picked from those the bot has seen
// in Teams conversations (by name), or given by their Entra object id. Each edit is applied on the roster as read.
import { h } from './dom.js';

async function json(method, url, body) {
  const response = await fetch(url, {
    method, credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(payload?.detail || payload?.title || `HTTP ${response.status}`), { status: response.status });
  return payload;
}

const roles = { agent: 'Agente', supervisor: 'Supervisor', admin: 'Administrador' };

export async function showRoster(main, { clearFiles, say }) {
  clearFiles();
  main.replaceChildren(h('h2', {}, 'Personas y equipos'));
  let roster;
  try {
    roster = await json('GET', '/people/roster');
  } catch (error) {
    say(`No se pudo leer el roster: ${error.message}`, 'error');
    return;
  }

  const apply = async (changes, done) => {
    try {
      await json('POST', '/admin/api/roster', { etag: roster.eTag, changes });
      say(done);
    } catch (error) {
      say(error.status === 409 ? 'Otra persona cambió el roster: se recargó, vuelva a hacer su cambio.' : `No se pudo: ${error.message}`, 'error');
    }
    await showRoster(main, { clearFiles, say });
  };
  const person = (p) => `${p.name ?? '(sin nombre)'} · ${p.objectId}`;
  // Where an agent works ("Ventanilla 3"): a supervisor's call card says it. One line, at most maxPlace characters.
  const maxPlace = 80;
  const placeForm = (p) => {
    const input = h('input', { class: 'studio-place', value: p.place ?? '', maxlength: maxPlace, placeholder: 'Lugar (p. ej. Ventanilla 3)', 'aria-label': `Lugar de ${p.name ?? p.objectId}`, dataset: { place: p.objectId } });
    const save = () => {
      const place = input.value.trim();
      if (place.length > maxPlace) { say(`El lugar tiene a lo sumo ${maxPlace} caracteres.`, 'error'); return; }
      if (place === (p.place ?? '')) return;
      apply([{ kind: 'setPlace', objectId: p.objectId, tenantId: p.tenantId, place }], place ? `Lugar guardado: ${place}.` : 'Lugar quitado.');
    };
    input.addEventListener('keydown', (event) => { if (event.key === 'Enter') save(); });
    return h('span', { class: 'studio-form-row studio-place-row' }, input, h('button', { type: 'button', class: 'studio-save-place', 'aria-label': `Guardar el lugar de ${p.name ?? p.objectId}`, onclick: save }, 'Guardar lugar'));
  };
  const remove = (label, change) => h('button', { type: 'button', class: 'studio-remove', 'aria-label': `Quitar ${label}`, onclick: () => apply([change], `Quitado: ${label}.`) }, 'Quitar');

  const teams = h('div', { class: 'studio-roster', id: 'studio-roster' });
  for (const team of roster.teams) {
    teams.append(h('section', { class: 'studio-team', dataset: { team: team.id } },
      h('h3', {}, `${team.name} `, h('small', {}, `(${team.id})`),
        team.agents.length + team.supervisors.length === 0 ? remove(`el equipo ${team.name}`, { kind: 'removeTeam', teamId: team.id }) : null),
      h('p', { class: 'studio-note' }, 'Supervisores'),
      h('ul', {}, ...team.supervisors.map((p) => h('li', {}, person(p), ' ', remove(person(p), { kind: 'removeSupervisor', teamId: team.id, objectId: p.objectId, tenantId: p.tenantId })))),
      h('p', { class: 'studio-note' }, 'Agentes'),
      h('ul', {}, ...team.agents.map((p) => h('li', {}, person(p), ' ', placeForm(p), ' ', remove(person(p), { kind: 'removeAgent', objectId: p.objectId, tenantId: p.tenantId }))))));
  }
  teams.append(h('section', { class: 'studio-team' }, h('h3', {}, 'Administradores'),
    h('ul', {}, ...roster.admins.map((p) => h('li', {}, person(p), ' ', remove(person(p), { kind: 'removeAdmin', objectId: p.objectId, tenantId: p.tenantId }))))));

  // Add a person: role, team, and who (search the people the bot has seen, or paste an object id).
  const role = h('select', { id: 'roster-role', 'aria-label': 'Papel' }, ...Object.entries(roles).map(([value, label]) => h('option', { value }, label)));
  const teamSelect = h('select', { id: 'roster-team', 'aria-label': 'Equipo' }, ...roster.teams.map((team) => h('option', { value: team.id }, team.name)));
  const search = h('input', { id: 'roster-person', type: 'search', list: 'roster-seen', placeholder: 'Nombre (visto en Teams) u object id de Entra', 'aria-label': 'Persona' });
  const seen = h('datalist', { id: 'roster-seen' });
  let found = [];
  search.addEventListener('input', async () => {
    if (search.value.trim().length < 2) return;
    try {
      found = await json('GET', `/people/seen?search=${encodeURIComponent(search.value.trim())}&limit=20`);
      seen.replaceChildren(...found.filter((p) => p.objectId).map((p) => h('option', { value: p.objectId }, p.name ?? p.objectId)));
    } catch { /* the list stays as it was */ }
  });
  const add = h('button', { type: 'button', id: 'roster-add', class: 'primary' }, 'Añadir');
  add.addEventListener('click', () => {
    const objectId = search.value.trim();
    const seenPerson = found.find((p) => p.objectId === objectId);
    const kind = { agent: 'assignAgent', supervisor: 'addSupervisor', admin: 'addAdmin' }[role.value];
    apply([{ kind, teamId: teamSelect.value, objectId, tenantId: seenPerson?.tenantId ?? null, displayName: seenPerson?.name ?? null, teamsUserId: seenPerson?.teamsUserId ?? null }],
      `Añadido como ${roles[role.value].toLowerCase()}.`);
  });

  const teamId = h('input', { id: 'roster-team-id', placeholder: 'id (p. ej. mostrador)', 'aria-label': 'Id del equipo' });
  const teamName = h('input', { id: 'roster-team-name', placeholder: 'Nombre del equipo', 'aria-label': 'Nombre del equipo' });
  const saveTeam = h('button', { type: 'button', id: 'roster-save-team' }, 'Crear o renombrar equipo');
  saveTeam.addEventListener('click', () => apply([{ kind: 'saveTeam', teamId: teamId.value.trim(), name: teamName.value.trim() }], 'Equipo guardado.'));

  main.append(teams,
    h('h3', {}, 'Añadir una persona'), h('div', { class: 'studio-form-row' }, role, teamSelect, search, seen, add),
    h('h3', {}, 'Equipos'), h('div', { class: 'studio-form-row' }, teamId, teamName, saveTeam));
}
