// The content as an admin thinks of it: each section is a folder (or file) of dialogs/.
export const sections = [
  { id: 'protocol', title: 'Momentos y pasos del protocolo', match: (p) => p.startsWith('protocol/') },
  { id: 'phrases', title: 'Frases por momento', match: (p) => p.startsWith('phrases/') },
  { id: 'playbooks', title: 'Playbooks (clientes difíciles)', match: (p) => p.startsWith('playbooks/') },
  { id: 'draft-review', title: 'Reglas de revisión de mensajes', match: (p) => p.startsWith('draft-review/') },
  { id: 'survey', title: 'Encuesta', match: (p) => p.startsWith('survey/') },
  { id: 'texts', title: 'Textos de la interfaz', match: (p) => p.startsWith('texts/') },
  { id: 'understanding', title: 'Comprensión (ejemplos)', match: (p) => p.startsWith('understanding/') },
  { id: 'settings', title: 'Ajustes', match: (p) => !p.includes('/') },
  { id: 'schema', title: 'Esquemas (JSON Schema)', match: (p) => p.startsWith('schema/') },
];

export function sectionOf(path) {
  return sections.find((section) => section.match(path)) ?? sections[sections.length - 1];
}
