/* Exports of a printable document (clause annex, questionnaire, sourcing synthesis, mention
   explicite) built from its cleaned DOM tree (printable()):
   OpenDocument text (.odt) and Word (.docx, Office Open XML), each a ZIP of stored entries written
   here (no library, no compression), Markdown and plain text. Every string from the page goes through xml()/mdText(): what the
   buyer typed stays text in every format. Classic script (file:// allows no modules). */
(function () {
  'use strict';

  // Texts written into the documents, from content/interface/annex-export.yaml (written in by the
  // generator). fill() also puts markup in a text escaped for XML (the page number fields).
  const MESSAGES = /* guide:messages */ {};
  const { fill } = window.GuideKit;  // tool-memory.js
  const message = window.GuideKit.messages(MESSAGES);

  const BLOCKS = { P: 1, H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, UL: 1, OL: 1, TABLE: 1, DL: 1,
    DIV: 1, SECTION: 1, ARTICLE: 1, HEADER: 1, ASIDE: 1, BLOCKQUOTE: 1 };

  function squash(s) { return s.replace(/\s+/g, ' '); }

  function headingLevel(el) {
    if (el.classList && el.classList.contains('annex-cover__title')) return 1;
    const m = /^H([1-6])$/.exec(el.tagName);
    return m ? Math.min(6, Number(m[1]) - 1 || 1) : 0;
  }

  // ---------------------------------------------------------------- Markdown and plain text
  function mdText(s) { return s.replace(/([\\`*_[\]<>#|])/g, '\\$1'); }

  function inlineMd(node, plain) {
    let out = '';
    node.childNodes.forEach((c) => {
      if (c.nodeType === 3) { out += plain ? c.nodeValue : mdText(c.nodeValue); return; }
      if (c.nodeType !== 1) return;
      if (c.tagName === 'BR') { out += plain ? '\n' : '  \n'; return; }
      if (c.tagName === 'TEXTAREA') { out += c.value; return; }
      const inner = inlineMd(c, plain);
      const mark = plain || !inner.trim() ? '' : (c.tagName === 'STRONG' || c.tagName === 'B') ? '**' :
        (c.tagName === 'EM' || c.tagName === 'I') ? '*' : '';
      if (!mark) { out += inner; return; }
      // Emphasis must hug its text in Markdown: spaces move outside the markers.
      out += (/^\s/.test(inner) ? ' ' : '') + mark + inner.trim() + mark + (/\s$/.test(inner) ? ' ' : '');
    });
    return squash(out);
  }

  function hasBlockChild(el) {
    for (const c of el.children) if (BLOCKS[c.tagName]) return true;
    return false;
  }

  // The value a term of a list of fields holds (the identification of the annex), or null for
  // a field left to fill in by hand (a blank line).
  function filled(dt) {
    const dd = dt.nextElementSibling;
    return dd && dd.tagName === 'DD' && dd.textContent.trim() ? dd : null;
  }

  function blocksMd(el, plain, indent, out) {
    for (const c of el.children) {
      const level = headingLevel(c);
      if (level) {
        out.push((plain ? '' : '#'.repeat(level) + ' ') + inlineMd(c, plain).trim(), '');
      } else if (c.tagName === 'P') {
        out.push(indent + inlineMd(c, plain).trim(), '');
      } else if (c.tagName === 'UL' || c.tagName === 'OL') {
        let n = 0;
        for (const li of c.children) {
          n += 1;
          const mark = c.tagName === 'OL' ? n + '. ' : (plain ? '• ' : '- ');
          const sub = [];
          if (hasBlockChild(li)) blocksMd(li, plain, indent + '   ', sub);
          else sub.push(inlineMd(li, plain).trim());
          const first = sub.shift() || '';
          out.push(indent + mark + first.trim());
          sub.forEach((line) => { if (line) out.push(line); });
        }
        out.push('');
      } else if (c.tagName === 'TABLE') {
        tableMd(c, plain, out);
      } else if (c.tagName === 'DL') {
        c.querySelectorAll('dt').forEach((dt) => {
          const dd = filled(dt);
          out.push(indent + inlineMd(dt, plain).trim() + message('term_separator') +
            (dd ? inlineMd(dd, plain).trim() : plain ? '……………………' : '\\_\\_\\_\\_\\_\\_\\_\\_'), '');
        });
      } else if (BLOCKS[c.tagName]) {
        blocksMd(c, plain, indent, out);
      }
    }
    return out;
  }

  function tableMd(table, plain, out) {
    const rows = [];
    table.querySelectorAll('tr').forEach((tr) => {
      const cells = [];
      tr.querySelectorAll('th, td').forEach((cell) => {
        const parts = [];
        if (hasBlockChild(cell)) blocksMd(cell, plain, '', parts); else parts.push(inlineMd(cell, plain));
        cells.push(parts.filter(Boolean).join(' ').trim());
      });
      rows.push(cells);
    });
    if (!rows.length) return;
    const caption = table.querySelector('caption');
    if (caption) out.push(inlineMd(caption, plain).trim(), '');
    rows.forEach((cells, i) => {
      if (plain) { out.push(cells.join(' | ')); return; }
      out.push(`| ${cells.map((s) => s.replace(/\|/g, '\\|') || ' ').join(' | ')} |`);
      if (i === 0) out.push('|' + '---|'.repeat(cells.length));
    });
    out.push('');
  }

  function markdown(root, plain) {
    return blocksMd(root, !!plain, '', []).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  }

  // ---------------------------------------------------------------- OpenDocument text
  function xml(s) {
    return String(s).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]))
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  }

  function inlineOdt(node) {
    let out = '';
    node.childNodes.forEach((c) => {
      if (c.nodeType === 3) { out += xml(squash(c.nodeValue)); return; }
      if (c.nodeType !== 1) return;
      if (c.tagName === 'BR') { out += '<text:line-break/>'; return; }
      if (c.tagName === 'TEXTAREA') { out += xml(squash(c.value)); return; }
      const inner = inlineOdt(c);
      if (c.tagName === 'STRONG' || c.tagName === 'B') out += `<text:span text:style-name="Strong">${inner}</text:span>`;
      else if (c.tagName === 'EM' || c.tagName === 'I') out += `<text:span text:style-name="Emphasis">${inner}</text:span>`;
      else out += inner;
    });
    return out;
  }

  function trimOdt(s) { return s.replace(/^ +| +$/g, ''); }

  function para(style, content) {
    return `<text:p text:style-name="${style}">${trimOdt(content)}</text:p>`;
  }

  let tableCount = 0, columnStyles = '';

  function blocksOdt(el, style) {
    let out = '';
    for (const c of el.children) {
      const level = headingLevel(c);
      if (level) {
        const name = c.classList.contains('annex-cover__title') ? 'Title' : `Heading_20_${Math.min(level, 4)}`;
        out += `<text:h text:style-name="${name}" text:outline-level="${level}">${trimOdt(inlineOdt(c))}</text:h>`;
      } else if (c.tagName === 'P') {
        out += para(style, inlineOdt(c));
      } else if (c.tagName === 'UL' || c.tagName === 'OL') {
        out += `<text:list text:style-name="${c.tagName === 'OL' ? 'LNumbered' : 'LBullet'}">`;
        for (const li of c.children) {
          const item = hasBlockChild(li) ? blocksOdt(li, 'List_20_Contents') : para('List_20_Contents', inlineOdt(li));
          out += `<text:list-item>${item}</text:list-item>`;
        }
        out += '</text:list>';
      } else if (c.tagName === 'TABLE') {
        out += tableOdt(c);
      } else if (c.tagName === 'DL') {
        c.querySelectorAll('dt').forEach((dt) => {
          const dd = filled(dt);
          out += para(style, inlineOdt(dt) + xml(message('term_separator')) + (dd ? inlineOdt(dd) : '……………………………………………'));
        });
      } else if (BLOCKS[c.tagName]) {
        out += blocksOdt(c, style);
      }
    }
    return out;
  }

  function tableOdt(table) {
    const rows = table.querySelectorAll('tr');
    if (!rows.length) return '';
    let columns = 0;
    rows.forEach((tr) => { columns = Math.max(columns, tr.querySelectorAll('th, td').length); });
    tableCount += 1;
    let out = '';
    const caption = table.querySelector('caption');
    if (caption) out += para('Caption', inlineOdt(caption));
    out += `<table:table table:name="Tableau${tableCount}" table:style-name="Table">`;
    // Column widths in proportion to the page's own layout (data-odt-width, set by the caller
    // from the rendered table), else equal columns.
    const widths = Array.from(rows[0].querySelectorAll('th, td'), (c) => Number(c.getAttribute('data-odt-width')) || 0);
    const sum = widths.reduce((a, b) => a + b, 0);
    if (widths.length === columns && sum > 0) {
      widths.forEach((w, i) => {
        const name = `T${tableCount}C${i + 1}`;
        columnStyles += `<style:style style:name="${name}" style:family="table-column">` +
          `<style:table-column-properties style:column-width="${(17 * w / sum).toFixed(2)}cm"/></style:style>`;
        out += `<table:table-column table:style-name="${name}"/>`;
      });
    } else {
      out += `<table:table-column table:number-columns-repeated="${columns}"/>`;
    }
    const head = table.querySelector('thead');
    if (head) out += '<table:table-header-rows>';
    rows.forEach((tr, i) => {
      out += '<table:table-row>';
      tr.querySelectorAll('th, td').forEach((cell) => {
        const st = cell.tagName === 'TH' ? 'Table_20_Heading' : 'Table_20_Contents';
        const body = hasBlockChild(cell) ? blocksOdt(cell, st) : para(st, inlineOdt(cell));
        out += `<table:table-cell table:style-name="Cell" office:value-type="string">${body}</table:table-cell>`;
      });
      out += '</table:table-row>';
      if (head && i === head.querySelectorAll('tr').length - 1) out += '</table:table-header-rows>';
    });
    return out + '</table:table>';
  }

  const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';
  const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

  function contentXml(root) {
    tableCount = 0;
    columnStyles = '';
    const body = blocksOdt(root, 'Text_20_body');
    return HEAD + '<office:document-content ' + NS + ' office:version="1.3">' +
      '<office:automatic-styles>' +
      '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>' +
      '<style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>' +
      '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>' +
      '<text:list-style style:name="LNumbered"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">' +
      '<style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.6cm"/></text:list-level-style-number></text:list-style>' +
      '<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•">' +
      '<style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>' +
      columnStyles + '</office:automatic-styles><office:body><office:text>' + body +
      '</office:text></office:body></office:document-content>';
  }

  function paragraphStyle(name, display, props, textProps) {
    return `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph"` +
      ` style:parent-style-name="Standard"><style:paragraph-properties ${props}/>` +
      (textProps ? `<style:text-properties ${textProps}/>` : '') + '</style:style>';
  }

  function stylesXml(runningTitle) {
    const keep = 'fo:keep-with-next="always" fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"';
    return HEAD + '<office:document-styles ' + NS + ' office:version="1.3"><office:styles>' +
      '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" ' +
      'fo:font-family="\'Liberation Sans\', Arial, sans-serif" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:default-style>' +
      '<style:style style:name="Standard" style:family="paragraph"/>' +
      paragraphStyle('Text_20_body', 'Text body', 'fo:margin-bottom="0.2cm" fo:orphans="3" fo:widows="3"') +
      paragraphStyle('List_20_Contents', 'List Contents', 'fo:margin-bottom="0.1cm"') +
      paragraphStyle('Table_20_Contents', 'Table Contents', 'fo:margin="0cm"', 'fo:font-size="10pt"') +
      paragraphStyle('Table_20_Heading', 'Table Heading', 'fo:margin="0cm"', 'fo:font-size="10pt" fo:font-weight="bold"') +
      paragraphStyle('Caption', 'Caption', keep, 'fo:font-style="italic"') +
      paragraphStyle('Header', 'Header', 'fo:margin="0cm"', 'fo:font-size="9pt"') +
      paragraphStyle('Footer', 'Footer', 'fo:text-align="end"', 'fo:font-size="9pt"') +
      paragraphStyle('Title', 'Title', keep, 'fo:font-size="18pt" fo:font-weight="bold"') +
      paragraphStyle('Heading_20_1', 'Heading 1', keep, 'fo:font-size="16pt" fo:font-weight="bold"') +
      paragraphStyle('Heading_20_2', 'Heading 2', keep, 'fo:font-size="14pt" fo:font-weight="bold"') +
      paragraphStyle('Heading_20_3', 'Heading 3', keep, 'fo:font-size="12pt" fo:font-weight="bold"') +
      paragraphStyle('Heading_20_4', 'Heading 4', keep, 'fo:font-size="11pt" fo:font-weight="bold"') +
      '</office:styles><office:automatic-styles><style:page-layout style:name="A4">' +
      '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" ' +
      'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
      '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>' +
      '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>' +
      '</style:page-layout></office:automatic-styles><office:master-styles>' +
      '<style:master-page style:name="Standard" style:page-layout-name="A4">' +
      `<style:header><text:p text:style-name="Header">${xml(runningTitle)}</text:p></style:header>` +
      '<style:footer><text:p text:style-name="Footer">' + fill(xml(message('page')),
        { page: '<text:page-number text:select-page="current"/>', pages: '<text:page-count/>' }) + '</text:p></style:footer>' +
      '</style:master-page></office:master-styles></office:document-styles>';
  }

  function metaXml(title) {
    return HEAD + '<office:document-meta ' + NS + ' office:version="1.3"><office:meta>' +
      '<meta:generator>Guide IA responsable, annex-export.js</meta:generator>' +
      `<dc:title>${xml(title)}</dc:title><dc:language>fr-FR</dc:language>` +
      `<meta:creation-date>${new Date().toISOString().replace(/\.\d+Z$/, '')}</meta:creation-date>` +
      '</office:meta></office:document-meta>';
  }

  const MANIFEST = HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
    '</manifest:manifest>';

  // ---------------------------------------------------------------- ZIP (stored entries)
  const CRC_TABLE = (function () {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  }());

  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  // files: [{name, data: Uint8Array}], stored (method 0) in the given order; UTF-8 names.
  function zip(files) {
    const enc = new TextEncoder();
    const now = new Date();
    const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    const dosDate = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
    const chunks = [], central = [];
    let offset = 0;
    function header(size) { const b = new Uint8Array(size); return { bytes: b, view: new DataView(b.buffer) }; }
    files.forEach((f) => {
      const name = enc.encode(f.name), crc = crc32(f.data), size = f.data.length;
      const h = header(30 + name.length), v = h.view;
      v.setUint32(0, 0x04034b50, true); v.setUint16(4, 10, true); v.setUint16(6, 0x0800, true);
      v.setUint16(8, 0, true); v.setUint16(10, dosTime, true); v.setUint16(12, dosDate, true);
      v.setUint32(14, crc, true); v.setUint32(18, size, true); v.setUint32(22, size, true);
      v.setUint16(26, name.length, true); v.setUint16(28, 0, true); h.bytes.set(name, 30);
      const c = header(46 + name.length), w = c.view;
      w.setUint32(0, 0x02014b50, true); w.setUint16(4, 20, true); w.setUint16(6, 10, true);
      w.setUint16(8, 0x0800, true); w.setUint16(10, 0, true); w.setUint16(12, dosTime, true);
      w.setUint16(14, dosDate, true); w.setUint32(16, crc, true); w.setUint32(20, size, true);
      w.setUint32(24, size, true); w.setUint16(28, name.length, true); w.setUint32(42, offset, true);
      c.bytes.set(name, 46);
      chunks.push(h.bytes, f.data);
      central.push(c.bytes);
      offset += h.bytes.length + size;
    });
    const cdSize = central.reduce((s, b) => s + b.length, 0);
    const end = header(22), e = end.view;
    e.setUint32(0, 0x06054b50, true); e.setUint16(8, files.length, true); e.setUint16(10, files.length, true);
    e.setUint32(12, cdSize, true); e.setUint32(16, offset, true);
    const all = chunks.concat(central, [end.bytes]);
    const out = new Uint8Array(offset + cdSize + 22);
    let at = 0;
    all.forEach((b) => { out.set(b, at); at += b.length; });
    return out;
  }

  function odt(root, title, runningTitle) {
    const enc = new TextEncoder();
    return zip([
      { name: 'mimetype', data: enc.encode('application/vnd.oasis.opendocument.text') },
      { name: 'META-INF/manifest.xml', data: enc.encode(MANIFEST) },
      { name: 'content.xml', data: enc.encode(contentXml(root)) },
      { name: 'styles.xml', data: enc.encode(stylesXml(runningTitle)) },
      { name: 'meta.xml', data: enc.encode(metaXml(title)) }
    ]);
  }

  // ---------------------------------------------------------------- Word (.docx)
  // The same walk of the document as the .odt: headings (Title, Heading1-4), paragraphs, bullet
  // and numbered lists, tables with a repeated header row, a running title in the header and
  // "Page n / N" in the footer. WordprocessingML (ECMA-376): sizes in twentieths of a point.
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const TEXT_WIDTH = 9638;  // 17 cm, the A4 width less 2 cm margins, in twips

  function runsDocx(node, marks = '') {
    let out = '';
    node.childNodes.forEach((c) => {
      if (c.nodeType === 3) {
        const t = squash(c.nodeValue), props = marks ? `<w:rPr>${marks}</w:rPr>` : '';
        if (t) out += `<w:r>${props}<w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
        return;
      }
      if (c.nodeType !== 1) return;
      if (c.tagName === 'BR') { out += '<w:r><w:br/></w:r>'; return; }
      if (c.tagName === 'TEXTAREA') { out += `<w:r><w:t xml:space="preserve">${xml(squash(c.value))}</w:t></w:r>`; return; }
      const more = (c.tagName === 'STRONG' || c.tagName === 'B') ? '<w:b/>' : (c.tagName === 'EM' || c.tagName === 'I') ? '<w:i/>' : '';
      out += runsDocx(c, marks + (more && !marks.includes(more) ? more : ''));
    });
    return out;
  }

  // Spaces at the edges of a paragraph are dropped, as in the .odt.
  function trimRuns(runs) {
    return runs.replace(/^(<w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t xml:space="preserve">) +/, '$1').replace(/ +(<\/w:t><\/w:r>)$/, '$1');
  }

  function paraDocx(style, runs) {
    const props = style ? `<w:pStyle w:val="${style}"/>` : '';
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${trimRuns(runs)}</w:p>`;
  }

  let docxLists = 0, docxNums = '';

  // A numbered list restarts at 1: each one is an instance of the numbered definition (2).
  function newNumbered() {
    docxLists += 1;
    const id = 2 + docxLists;
    docxNums += `<w:num w:numId="${id}"><w:abstractNumId w:val="1"/>` +
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    return id;
  }

  function blocksDocx(el, style) {
    let out = '';
    for (const c of el.children) {
      const level = headingLevel(c);
      if (level) {
        out += paraDocx(c.classList.contains('annex-cover__title') ? 'Title' : `Heading${Math.min(level, 4)}`, runsDocx(c));
      } else if (c.tagName === 'P') {
        out += paraDocx(style, runsDocx(c));
      } else if (c.tagName === 'UL' || c.tagName === 'OL') {
        const num = c.tagName === 'OL' ? newNumbered() : 1;
        for (const li of c.children) {
          // The item's first paragraph carries the number or bullet; the next ones are indented.
          const inner = hasBlockChild(li) ? blocksDocx(li, 'ListParagraph') : paraDocx('ListParagraph', runsDocx(li));
          out += inner.replace('<w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr>',
            `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr></w:pPr>`);
        }
      } else if (c.tagName === 'TABLE') {
        out += tableDocx(c);
      } else if (c.tagName === 'DL') {
        c.querySelectorAll('dt').forEach((dt) => {
          const dd = filled(dt);
          const separator = xml(message('term_separator'));
          out += paraDocx(style, runsDocx(dt) + (dd ? `<w:r><w:t xml:space="preserve">${separator}</w:t></w:r>${runsDocx(dd)}` :
            `<w:r><w:t xml:space="preserve">${separator}……………………………………………</w:t></w:r>`));
        });
      } else if (BLOCKS[c.tagName]) {
        out += blocksDocx(c, style);
      }
    }
    return out;
  }

  function tableDocx(table) {
    const rows = table.querySelectorAll('tr');
    if (!rows.length) return '';
    let columns = 0;
    rows.forEach((tr) => { columns = Math.max(columns, tr.querySelectorAll('th, td').length); });
    let out = '';
    const caption = table.querySelector('caption');
    if (caption) out += paraDocx('Caption', runsDocx(caption));
    // Column widths in proportion to the page's layout (data-odt-width), else equal.
    let widths = Array.from(rows[0].querySelectorAll('th, td'), (c) => Number(c.getAttribute('data-odt-width')) || 0);
    let sum = widths.reduce((a, b) => a + b, 0);
    if (widths.length !== columns || !(sum > 0)) { widths = new Array(columns).fill(1); sum = columns; }
    const twips = widths.map((w) => Math.max(300, Math.round(TEXT_WIDTH * w / sum)));
    out += `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
      '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' +
      twips.map((t) => `<w:gridCol w:w="${t}"/>`).join('') + '</w:tblGrid>';
    const head = table.querySelector('thead'), headRows = head ? head.querySelectorAll('tr').length : 0;
    rows.forEach((tr, r) => {
      out += '<w:tr>' + (r < headRows ? '<w:trPr><w:tblHeader/></w:trPr>' : '');
      const cells = tr.querySelectorAll('th, td');
      cells.forEach((cell, i) => {
        const st = cell.tagName === 'TH' ? 'TableHeading' : 'TableContents';
        const body = hasBlockChild(cell) ? blocksDocx(cell, st) : paraDocx(st, runsDocx(cell));
        out += `<w:tc><w:tcPr><w:tcW w:w="${twips[i] || 300}" w:type="dxa"/></w:tcPr>${body || paraDocx(st, '')}</w:tc>`;
      });
      // Word needs as many cells in each row as the grid has columns.
      for (let k = cells.length; k < columns; k++) {
        out += `<w:tc><w:tcPr><w:tcW w:w="${twips[k]}" w:type="dxa"/></w:tcPr>${paraDocx('TableContents', '')}</w:tc>`;
      }
      out += '</w:tr>';
    });
    // Two tables in a row would merge: a paragraph ends each one.
    return out + '</w:tbl>' + paraDocx(null, '');
  }

  function documentXml(root) {
    docxLists = 0;
    docxNums = '';
    const body = blocksDocx(root, 'BodyText');
    return HEAD + '<w:document ' + W + '><w:body>' + body +
      '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>' +
      '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="850" w:right="1134" w:bottom="850" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>' +
      '</w:sectPr></w:body></w:document>';
  }

  function styleDocx(id, name, paragraph, run, extra = '') {
    return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}<w:qFormat/>` +
      (paragraph ? `<w:pPr>${paragraph}</w:pPr>` : '') + (run ? `<w:rPr>${run}</w:rPr>` : '') + '</w:style>';
  }

  function stylesDocx() {
    const keep = '<w:keepNext/><w:spacing w:before="227" w:after="113"/>';
    const heading = (n, size) => styleDocx(`Heading${n}`, `heading ${n}`, `${keep}<w:outlineLvl w:val="${n - 1}"/>`,
      `<w:b/><w:sz w:val="${size}"/>`, '<w:next w:val="BodyText"/>');
    return HEAD + '<w:styles ' + W + '><w:docDefaults><w:rPrDefault><w:rPr>' +
      '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans" w:eastAsia="Liberation Sans"/>' +
      '<w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
      styleDocx('BodyText', 'Body Text', '<w:spacing w:after="113"/><w:widowControl/>') +
      styleDocx('ListParagraph', 'List Paragraph', '<w:spacing w:after="57"/><w:ind w:left="567"/>') +
      styleDocx('TableContents', 'Table Contents', null, '<w:sz w:val="20"/>') +
      styleDocx('TableHeading', 'Table Heading', null, '<w:b/><w:sz w:val="20"/>') +
      styleDocx('Caption', 'caption', keep, '<w:i/>') +
      styleDocx('Header', 'header', null, '<w:sz w:val="18"/>') +
      styleDocx('Footer', 'footer', '<w:jc w:val="right"/>', '<w:sz w:val="18"/>') +
      styleDocx('Title', 'Title', keep, '<w:b/><w:sz w:val="36"/>') +
      heading(1, 32) + heading(2, 28) + heading(3, 24) + heading(4, 22) +
      '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
        .join('') + '</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>' +
      '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
  }

  function numberingDocx() {
    const level = (format, text) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
      '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="340"/></w:pPr></w:lvl>';
    return HEAD + '<w:numbering ' + W + '>' +
      '<w:abstractNum w:abstractNumId="0">' + level('bullet', '•') + '</w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1">' + level('decimal', '%1.') + '</w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' + docxNums + '</w:numbering>';
  }

  // A text as runs, its {placeholders} replaced by the runs given (a field).
  function textRuns(text, runs) {
    return text.split(/(\{[a-z_]+\})/).map((part) => {
      const name = /^\{([a-z_]+)\}$/.exec(part);
      if (name && runs[name[1]]) return runs[name[1]];
      return part ? `<w:r><w:t xml:space="preserve">${xml(part)}</w:t></w:r>` : '';
    }).join('');
  }

  function field(code, shown) {
    return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }

  function docx(root, title, runningTitle) {
    const enc = new TextEncoder();
    const body = documentXml(root);  // first: it numbers the lists numberingDocx() declares
    const rels = (list) => HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';
    const OD = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
    const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
    const files = [
      ['[Content_Types].xml', HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${CT}document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${CT}styles+xml"/>` +
        `<Override PartName="/word/numbering.xml" ContentType="${CT}numbering+xml"/>` +
        `<Override PartName="/word/header1.xml" ContentType="${CT}header+xml"/>` +
        `<Override PartName="/word/footer1.xml" ContentType="${CT}footer+xml"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'],
      ['_rels/.rels', rels([['rId1', OD + 'officeDocument', 'word/document.xml'],
        ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml']])],
      ['word/_rels/document.xml.rels', rels([['rIdStyles', OD + 'styles', 'styles.xml'], ['rIdNumbering', OD + 'numbering', 'numbering.xml'],
        ['rIdHeader', OD + 'header', 'header1.xml'], ['rIdFooter', OD + 'footer', 'footer1.xml']])],
      ['word/document.xml', body],
      ['word/styles.xml', stylesDocx()],
      ['word/numbering.xml', numberingDocx()],
      ['word/header1.xml', HEAD + '<w:hdr ' + W + '>' + paraDocx('Header', `<w:r><w:t xml:space="preserve">${xml(runningTitle)}</w:t></w:r>`) + '</w:hdr>'],
      ['word/footer1.xml', HEAD + '<w:ftr ' + W + '>' + paraDocx('Footer', textRuns(message('page'),
        { page: field('PAGE', '1'), pages: field('NUMPAGES', '1') })) + '</w:ftr>'],
      ['docProps/core.xml', HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(title)}</dc:title><dc:language>fr-FR</dc:language>` +
        `<dc:creator>${xml(message('author'))}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">` +
        new Date().toISOString().replace(/\.\d+Z$/, 'Z') + '</dcterms:created></cp:coreProperties>']
    ];
    return zip(files.map(([name, text]) => ({ name, data: enc.encode(text) })));
  }

  // ---------------------------------------------------------------- what the document pages share
  // The document as printed, for the exports: a copy without what never prints (hidden parts,
  // buyer notes, explanations, help, form labels), each typed field's value as text (a candidate's
  // answer typed during an interview goes into the export), and the first row's cell widths as
  // laid out on screen (the .odt and .docx columns follow them).
  function printable(root) {
    root.querySelectorAll('table').forEach((t) => {
      const row = t.querySelector('tr');
      if (!row) return;
      row.querySelectorAll('th, td').forEach((c) => {
        const w = Math.round(c.getBoundingClientRect().width);
        if (w > 0) c.setAttribute('data-odt-width', String(w));
      });
    });
    const values = Array.from(root.querySelectorAll('textarea'), (t) => t.value);
    const clone = root.cloneNode(true);
    clone.querySelectorAll('textarea').forEach((t, i) => {
      t.parentNode.replaceChild(document.createTextNode(values[i] || ''), t);
    });
    clone.querySelectorAll('[hidden], .no-print, .buyer-note, .annex-explain, details, .visually-hidden').forEach((n) => {
      if (n.parentNode) n.parentNode.removeChild(n);
    });
    clone.querySelectorAll('[id]').forEach((n) => { n.removeAttribute('id'); });
    return clone;
  }

  // Hands `bytes` to the browser as a file to save (nothing leaves the machine).
  function download(bytes, type, name) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    window.setTimeout(() => { URL.revokeObjectURL(url); a.parentNode.removeChild(a); }, 1000);
  }

  let sheet = null;
  function cssString(s) {
    return `"${String(s).replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]+/g, ' ')}"`;
  }
  // The running title of the printed pages of `page` (a CSS named page of print.css). Margin boxes
  // take only CSS strings: it comes from a constructed stylesheet (no inline style, allowed by the
  // CSP); browsers without margin boxes just ignore it.
  function runningTitle(page, left, right) {
    if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]); }
      const font = ' font-size: 8.5pt; font-family: system-ui, "Liberation Sans", Arial, sans-serif; }';
      sheet.replaceSync(`@media print { @page ${page} { @top-left { content: ${cssString(left)};${font}` +
        ` @top-right { content: ${cssString(right)};${font} } }`);
    } catch (e) { /* an old engine: the printed title on the first page is enough */ }
  }

  window.GuideAnnexExport = { odt, docx, zip, crc32, markdown, printable, download, runningTitle };
}());
