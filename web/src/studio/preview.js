// The live preview: the cards the draft would produce, rendered with the official Adaptive Cards renderer at phone width.
import { renderCard } from '../cards/render-card.js';
import { findClippedText } from '../cards/find-clipped-text.js';
import { h } from './dom.js';

export const phoneWidth = 360;

const titles = { phrases: 'Frase que edita', playbook: 'Paso del playbook', welcome: 'Bienvenida', menu: 'Menú', help: 'Ayuda' };

export function renderPreviews(container, previews, language) {
  container.replaceChildren();
  for (const preview of previews ?? []) {
    const holder = h('div', { class: 'studio-card', 'data-preview': preview.title });
    container.append(h('section', { class: 'studio-preview-item' }, h('h3', {}, titles[preview.title] ?? preview.title), holder));
    const { stage } = renderCard(language === 'en' ? preview.en : preview.es, holder, { width: phoneWidth });
    const clipped = findClippedText(stage);
    if (clipped.length > 0) {
      holder.append(h('p', { class: 'studio-warning' }, `En un teléfono se corta: ${clipped.map((item) => `“${item.text}”`).join(', ')}`));
    }
  }
}
