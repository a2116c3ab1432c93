/**
 * Watches a part's XML as it streams to ExcelJS and stops it before its parser gathers too much. The SAX parser
 * (saxes) holds a text node, a tag, a comment or a CDATA section whole until it ends, and ExcelJS adds every
 * text node after a `<v>`/`<t>` to that value (it never lets go of the last one); a 100 MB cell is gathered
 * whole before any row is emitted. So, counting characters as they pass:
 * - text since the last opening of a value element must stay within what one cell can take;
 * - everything since the last unit tag (`<row>`/`</row>`, `<si>`/`</si>`) — a row, one shared string, or what
 *   lies between — must stay within what one row can take.
 * Comments, CDATA and processing instructions are followed so that a tag written inside them does not count;
 * a DOCTYPE (entity definitions, which OOXML forbids) is refused.
 */

export interface XmlRules {
  /** Local names (no prefix) of elements whose text is a value: `v`, `t`, `is`, `f`. */
  values: ReadonlySet<string>;
  /** Local names of elements that start and end a unit: `row`, `si`. */
  units: ReadonlySet<string>;
  /** Nothing after this end tag is passed on (`sheetData`: ExcelJS reads no more of a sheet than its rows). */
  stopAt?: string;
  maxValueChars: number;
  maxUnitChars: number;
  valueTooLong: (row: number | undefined) => Error;
  unitTooLong: (row: number | undefined) => Error;
  doctype: () => Error;
}

/** Where the scan is: in text, in a tag, or inside a comment, CDATA section or processing instruction. */
const Mode = { Text: 0, Tag: 1, Comment: 2, CData: 3, Instruction: 4 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

const END: Record<number, string> = { [Mode.Comment]: '-->', [Mode.CData]: ']]>', [Mode.Instruction]: '?>' };
const MAX_NAME = 64;
const ROW_NUMBER = /\sr="(\d+)"/;

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

export class XmlGuard {
  private mode: Mode = Mode.Text;
  /** The end of the previous chunk that could not be classified yet (a tag's start, a split terminator). */
  private carry = '';
  private valueChars = 0;
  private unitChars = 0;
  /** The number of the last `<row>` opened, for messages. */
  row: number | undefined;
  /** The attributes of a `<row>` tag being read. */
  private rowTag: string | undefined;
  stopped = false;

  constructor(private readonly rules: XmlRules) {}

  private text(chars: number) {
    this.valueChars += chars;
    this.markup(chars);
    if (this.valueChars > this.rules.maxValueChars) throw this.rules.valueTooLong(this.row);
  }

  private markup(chars: number) {
    this.unitChars += chars;
    if (this.unitChars > this.rules.maxUnitChars) throw this.rules.unitTooLong(this.row);
  }

  /**
   * What to pass on of the text so far: all of it but an end that cannot be classified yet (a tag's start, a
   * terminator split between chunks), which is held back for the next chunk; or what comes before the stop tag
   * (then `stopped` is set).
   */
  scan(chunk: string): string {
    if (this.stopped) return '';
    const text = this.carry + chunk;
    this.carry = '';
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      if (this.mode === Mode.Text) {
        const lt = text.indexOf('<', pos);
        this.text((lt === -1 ? n : lt) - pos);
        if (lt === -1) return text;
        const next = this.openMarkup(text, lt);
        if (next === -1) return this.holdBack(text, lt);
        if (this.stopped) return text.slice(0, lt);
        pos = next;
      } else if (this.mode === Mode.Tag) {
        const gt = text.indexOf('>', pos);
        const end = gt === -1 ? n : gt + 1;
        this.markup(end - pos);
        if (this.rowTag !== undefined) this.readRowTag(text.slice(pos, Math.min(end, pos + 200)), gt !== -1);
        if (gt !== -1) this.mode = Mode.Text;
        pos = end;
      } else {
        const terminator = END[this.mode] as string;
        const found = text.indexOf(terminator, pos);
        if (found === -1) {
          const keep = Math.max(pos, n - terminator.length + 1);
          this.count(keep - pos);
          return this.holdBack(text, keep);
        }
        this.count(found + terminator.length - pos);
        this.mode = Mode.Text;
        pos = found + terminator.length;
      }
    }
    return text;
  }

  /** The text held back when the stream ends. */
  end(): string {
    const rest = this.stopped ? '' : this.carry;
    this.carry = '';
    return rest;
  }

  private holdBack(text: string, from: number): string {
    this.carry = text.slice(from);
    return text.slice(0, from);
  }

  /** A `<row>` tag's attributes as they pass: its `r` is the row number messages give. */
  private readRowTag(part: string, ended: boolean) {
    this.rowTag = `${this.rowTag ?? ''}${part}`.slice(0, 200);
    if (!ended) return;
    const number = ROW_NUMBER.exec(this.rowTag)?.[1];
    this.row = number ? Number(number) : (this.row ?? 0) + 1;
    this.rowTag = undefined;
  }

  /** CDATA is text to the parser; comments and instructions are markup. */
  private count(chars: number) {
    if (this.mode === Mode.CData) this.text(chars);
    else this.markup(chars);
  }

  /** Classifies the markup starting at `lt`; returns where scanning goes on, or -1 when more text is needed. */
  private openMarkup(text: string, lt: number): number {
    const n = text.length;
    if (lt + 1 >= n) return -1;
    const first = text.charCodeAt(lt + 1);
    if (first === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) return this.enter(Mode.Comment, lt, 4);
      if (text.startsWith('<![CDATA[', lt)) return this.enter(Mode.CData, lt, 9);
      if (n - lt < 9) return -1;
      throw this.rules.doctype();
    }
    if (first === 0x3f /* ? */) return this.enter(Mode.Instruction, lt, 2);
    const closing = first === 0x2f; /* / */
    const start = lt + (closing ? 2 : 1);
    let end = start;
    while (end < n && end - start < MAX_NAME && !isNameEnd(text.charCodeAt(end))) end++;
    if (end === n) return -1;
    const name = text.slice(start, end);
    const colon = name.indexOf(':');
    const local = colon === -1 ? name : name.slice(colon + 1);
    if (closing && local === this.rules.stopAt) {
      this.stopped = true;
      return end;
    }
    if (this.rules.units.has(local)) {
      this.unitChars = 0;
      if (!closing && local === 'row') this.rowTag = '';
    }
    if (!closing && this.rules.values.has(local)) this.valueChars = 0;
    this.mode = Mode.Tag;
    this.markup(end - lt);
    return end;
  }

  private enter(mode: Mode, lt: number, length: number): number {
    this.mode = mode;
    this.markup(length);
    return lt + length;
  }
}

/** The text passed through a guard, ending early at its stop tag. */
export async function* guarded(text: AsyncIterable<string>, guard: XmlGuard): AsyncGenerator<string> {
  for await (const chunk of text) {
    const passed = guard.scan(chunk);
    if (passed) yield passed;
    if (guard.stopped) return;
  }
  const rest = guard.end();
  if (rest) yield rest;
}
