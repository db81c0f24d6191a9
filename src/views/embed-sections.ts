/** The middle sections of `nw-embed` that its `sections` attribute can list, in the order given. */
export type EmbedSection = 'figures' | 'charts' | 'quotes';
const SECTIONS: readonly EmbedSection[] = ['figures', 'charts', 'quotes'];

/** The sections of a `sections` attribute ("figures, quotes"), unknown names dropped. */
export function embedSections(sections: string | null | undefined): EmbedSection[] {
  // Without the attribute (Lit sets null when it is removed), every section.
  return (sections ?? SECTIONS.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name): name is EmbedSection => (SECTIONS as readonly string[]).includes(name));
}
