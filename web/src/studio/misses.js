// What agents said that the bot did not understand: how often, when last, the bot's best guess, and one click to add
// it to the draft as an example of an intent (the draft's dialogs/understanding/ file changes; publish as usual).
import { api } from './api.js';
import { h, timeAgo } from './dom.js';

const outcomes = { clarify: '¿Quiso decir…?', not_understood: 'no entendido', asked_again: 'pregunta repetida' };

export async function showMisses(main, { clearFiles, say, draft }) {
  clearFiles();
  main.replaceChildren(h('h2', {}, 'Lo que no se entendió'));
  let list;
  try {
    list = await api.misses();
  } catch (error) {
    say(`No se pudo leer la lista: ${error.message}`, 'error');
    return;
  }
  main.append(h('p', { class: 'studio-note' }, list.keepText
    ? `Mensajes de los agentes que el bot no supo atender en los últimos ${list.retentionDays} días (se borran después). Añada uno como ejemplo de lo que el agente quería y publique: el bot aprende al publicarse.`
    : 'El texto de los mensajes no se guarda (UnderstandingMisses:KeepText está desactivado): solo se cuenta cuántas veces se adivinó cada intención.'));
  if (list.misses.length === 0) {
    main.append(h('p', { id: 'studio-misses-empty' }, 'Nada por ahora: el bot entendió todo lo que le escribieron.'));
    return;
  }
  const table = h('table', { class: 'studio-history', id: 'studio-misses-table' },
    h('thead', {}, h('tr', {}, ...['Mensaje', 'Veces', 'Última vez', 'Lo que adivinó', 'Añadir como ejemplo de', ''].map((title) => h('th', { scope: 'col' }, title)))));
  const body = h('tbody');
  for (const miss of list.misses) {
    const choice = h('select', { 'aria-label': `Intención para «${miss.text ?? miss.intent}»`, class: 'studio-miss-intent' },
      ...list.intents.map((intent) => h('option', { value: intent, selected: intent === miss.intent }, intent)));
    const add = h('button', { type: 'button', class: 'studio-miss-add', disabled: miss.text === null }, `Añadir como ejemplo de ${miss.intent}`);
    choice.addEventListener('change', () => { add.textContent = `Añadir como ejemplo de ${choice.value}`; });
    add.addEventListener('click', async () => {
      try {
        const result = await api.addExample(draft, choice.value, miss.text, miss.language);
        draft.set(result.file.path, result.file.text, 'example');
        add.disabled = true;
        add.textContent = 'Añadido al borrador';
        say(`«${miss.text}» añadido como ejemplo de ${choice.value} en ${result.file.path}. Publique para que el bot lo aprenda.`);
        await api.dismiss(miss.key).catch(() => {});
      } catch (error) {
        say(`No se pudo añadir: ${error.message}`, 'error');
      }
    });
    body.append(h('tr', { dataset: { key: miss.key } },
      h('td', { lang: miss.language }, miss.text ?? '(texto no guardado)'),
      h('td', {}, String(miss.count)),
      h('td', {}, timeAgo(miss.lastSeen)),
      h('td', {}, `${miss.intent} (${Math.round(miss.confidence * 100)} %, ${outcomes[miss.outcome] ?? miss.outcome})`),
      h('td', {}, choice),
      h('td', {}, add)));
  }
  table.append(body);
  main.append(table);
}
