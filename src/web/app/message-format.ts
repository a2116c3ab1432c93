// Made on the first English plural: a Chinese page never needs it, and making one loads ICU data at start-up.
let englishPlurals: Intl.PluralRules | undefined;
function englishPlural(n: number): string {
  englishPlurals ??= new Intl.PluralRules('en');
  return englishPlurals.select(n);
}

/**
 * Fills a catalogue text: `{name}` takes the parameter, and `{name, plural, one {# row} other {# rows}}` (the ICU
 * form, one level deep) picks the English form by the number, `#` standing for it. Chinese has no plural and does
 * not use the second form. A parameter not given stays as written, so a missing one shows on the page.
 */
export function fillMessage(text: string, params: Record<string, string | number>): string {
  // Most texts have no parameter: the page's first render asks for hundreds of them.
  if (!text.includes('{')) return text;
  return text
    .replace(
      /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g,
      (whole, name: string, one: string, other) =>
        name in params
          ? (englishPlural(Number(params[name])) === 'one' ? one : (other as string)).replace(
              /#/g,
              String(params[name]),
            )
          : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
