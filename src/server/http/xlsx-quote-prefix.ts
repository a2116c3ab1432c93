import { createRequire } from 'node:module';

/**
 * Teaches ExcelJS 4.4 (pinned) to write Excel's quotePrefix cell style, which it does not know: a cell so
 * styled is text shown as typed, never taken for a formula — not when opened, not when edited — and its value
 * stays exactly what was written (no leading apostrophe to strip on re-import). A cell whose style carries
 * `quotePrefix: true` gets an `<xf … quotePrefix="1">` of its own in styles.xml.
 * These are ExcelJS internals; xlsx.test.ts reads the written file and fails if they move.
 */
interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
}
interface StyleModel {
  quotePrefix?: boolean;
}
interface StyleXformClass {
  prototype: { render(this: unknown, xmlStream: XmlStream, model?: StyleModel): void };
}
interface StylesXformClass {
  prototype: {
    addStyleModel(this: StylesXform, model: StyleModel | undefined, cellType?: number): number;
    _addStyle(this: StylesXform, style: object): number;
  };
}
type StylesXform = { _addStyle: StylesXformClass['prototype']['_addStyle'] };

const require = createRequire(import.meta.url);
const StyleXform = require('exceljs/lib/xlsx/xform/style/style-xform.js') as StyleXformClass;
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as StylesXformClass;
const PATCHED = Symbol.for('huifang.exceljs.quotePrefix');

function patch(): void {
  const marks = StyleXform.prototype as unknown as Record<symbol, boolean>;
  if (
    typeof StyleXform.prototype.render !== 'function' ||
    typeof StylesXform.prototype._addStyle !== 'function'
  ) {
    throw new Error('ExcelJS changed: no StyleXform.render / StylesXform._addStyle to add quotePrefix to');
  }
  if (marks[PATCHED]) return;
  marks[PATCHED] = true;

  // 1. The cell's style model carries quotePrefix into the xf that ExcelJS builds (and de-duplicates) for it.
  const addStyleModel = StylesXform.prototype.addStyleModel;
  StylesXform.prototype.addStyleModel = function (model, cellType) {
    if (!model?.quotePrefix) return addStyleModel.call(this, model, cellType);
    const addStyle = StylesXform.prototype._addStyle;
    this._addStyle = (style) => addStyle.call(this, { ...style, quotePrefix: true });
    try {
      return addStyleModel.call(this, model, cellType);
    } finally {
      delete (this as Partial<StylesXform>)._addStyle;
    }
  };

  // 2. That xf is written with the attribute (attributes must be set as the node opens).
  const render = StyleXform.prototype.render;
  StyleXform.prototype.render = function (xmlStream, model) {
    if (!model?.quotePrefix) return render.call(this, xmlStream, model);
    const openNode = xmlStream.openNode;
    xmlStream.openNode = (name, attributes) =>
      openNode.call(xmlStream, name, name === 'xf' ? { ...attributes, quotePrefix: '1' } : attributes);
    try {
      render.call(this, xmlStream, model);
    } finally {
      delete (xmlStream as Partial<XmlStream>).openNode;
    }
  };
}

patch();
