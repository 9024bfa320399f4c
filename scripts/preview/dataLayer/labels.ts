/**
 * Refusals as the Apex classes raise them: a custom label's text, in the user's language,
 * formatted like Apex's `String.format(System.Label.X, new List<Object>{...})`.
 *
 * The label texts come from the package's own metadata (`labelFiles.ts` reads them at build and
 * test time), so the preview says exactly what the org would say.
 */

export type Language = 'en' | 'ja';

/** A custom label's English value and, when translated, its Japanese text. */
export interface LabelText {
  en: string;
  ja?: string;
}

/** Custom labels by name (`Error_No_Permission` → its texts). */
export type LabelTable = Readonly<Record<string, LabelText>>;

/**
 * `String.format` of Apex, which is Java's MessageFormat over string arguments: `{n}` is replaced
 * by the n-th argument, `''` is one apostrophe and a single `'` quotes the text up to the next
 * one (so a label written "can't {0}" loses its apostrophe and its placeholder in Apex as here).
 */
export function formatLabel(template: string, args: readonly unknown[] = []): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < template.length; i++) {
    const char = template[i];
    if (char === "'") {
      if (template[i + 1] === "'") {
        out += "'";
        i++;
      } else {
        quoted = !quoted;
      }
      continue;
    }
    if (!quoted && char === '{') {
      const close = template.indexOf('}', i);
      const index = close < 0 ? NaN : Number(template.slice(i + 1, close));
      if (Number.isInteger(index) && index >= 0) {
        out += index < args.length ? argumentText(args[index]) : template.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    out += char;
  }
  return out;
}

/** Apex converts each argument with String.valueOf: null → "null", numbers as written. */
function argumentText(value: unknown): string {
  return value === null || value === undefined ? 'null' : String(value);
}

/** The label's text in `language`, falling back to English when it has no translation. */
export function labelText(labels: LabelTable, name: string, language: Language): string {
  const label = labels[name];
  if (label === undefined) {
    throw new Error(`custom label ${name} is not in CustomLabels.labels-meta.xml`);
  }
  return (language === 'ja' ? label.ja : undefined) ?? label.en;
}
