const ENGLISH_PLURALS = new Intl.PluralRules('en');

/**
 * Fills a catalogue text: `{name}` takes the parameter, and `{name, plural, one {# row} other {# rows}}` (the ICU
 * form, one level deep) picks the English form by the number, `#` standing for it. Chinese has no plural and does
 * not use the second form. A parameter not given stays as written, so a missing one shows on the page.
 */
export function fillMessage(text: string, params: Record<string, string | number>): string {
  return text
    .replace(
      /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g,
      (whole, name: string, one: string, other) =>
        name in params
          ? (ENGLISH_PLURALS.select(Number(params[name])) === 'one' ? one : (other as string)).replace(
              /#/g,
              String(params[name]),
            )
          : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
