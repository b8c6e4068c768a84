#!/usr/bin/env node
// Writes a flat ODT laid out like a UN document from a small layout source (see README.md):
//   node scripts/pdf/make-fodt.mjs scripts/pdf/X.layout.txt > X.fodt
//   soffice --headless --convert-to pdf X.fodt
// The layout: A4, masthead table (organ name and symbol; body name and Distr. block), the
// symbol as running header from page 2 on, a footer with the job number, barcode and page
// number, justified body text, agenda items with hanging labels, the annex on a new page with
// its timetable as a real table (a row with one cell is a day heading spanning the table).
// Documentation entries printed symbol first ("> SYMBOL<tab>description", as UN Russian does)
// are a borderless two-column table. `@font-asian` sets a CJK font (and the Asian language).
import { readFileSync } from 'node:fs';

const source = readFileSync(process.argv[2], 'utf8').replace(/\r\n/g, '\n');
const [front, body] = source.split(/^---$/m);
const meta = {};
for (const line of front.split('\n')) {
  const m = /^@([\w-]+)\s+(.*)$/.exec(line);
  if (m) meta[m[1]] = m[2];
}
const [lang, country] = (meta.language ?? 'en US').split(/\s+/);
const rtl = meta.direction === 'rtl';
const align = rtl ? 'right' : 'justify';
const start = rtl ? 'right' : 'left';
const mode = rtl ? 'rl-tb' : 'lr-tb';
// A CJK document: its text is set in the Asian font, with the Asian weight, size and language.
const asian = meta['font-asian'] ?? null;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const p = (style, text) => `<text:p text:style-name="${style}">${text}</text:p>`;
const labelled = (style, label, text) => p(style, `${esc(label)}<text:tab/>${esc(text)}`);

const out = [];
const lines = body.split('\n');
let table = null;
let docs = null;
const flushDocs = () => {
  if (!docs) return;
  const cell = (c) => `<table:table-cell table:style-name="DocCell" office:value-type="string">${p('DocCellP', esc(c))}</table:table-cell>`;
  out.push(
    `<table:table table:name="Documents${out.length}" table:style-name="DocTable"><table:table-column table:style-name="DocC0"/><table:table-column table:style-name="DocC1"/>` +
      docs.map(([symbol, description]) => `<table:table-row>${cell(symbol)}${cell(description)}</table:table-row>`).join('') +
      '</table:table>',
  );
  docs = null;
};
const flushTable = () => {
  if (!table) return;
  const [head, ...rows] = table;
  const cells = (row, style, paragraph) =>
    row.map((c) => `<table:table-cell table:style-name="${style}" office:value-type="string">${p(paragraph, esc(c))}</table:table-cell>`).join('');
  let xml = `<table:table table:name="Timetable" table:style-name="Annex"><table:table-column table:style-name="AnnexC0"/><table:table-column table:style-name="AnnexC1"/><table:table-column table:style-name="AnnexC2"/>`;
  xml += `<table:table-header-rows><table:table-row>${cells(head, 'AHead', 'CellHead')}</table:table-row></table:table-header-rows>`;
  rows.forEach((row, i) => {
    const last = i === rows.length - 1;
    if (row.slice(1).every((c) => c === '')) {
      xml += `<table:table-row><table:table-cell table:style-name="${last ? 'ALast' : 'ADay'}" table:number-columns-spanned="3" office:value-type="string">${p('DayHead', esc(row[0]))}</table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>`;
    } else {
      xml += `<table:table-row>${cells(row, last ? 'ALast' : 'ABody', 'Cell')}</table:table-row>`;
    }
  });
  out.push(xml + '</table:table>');
  table = null;
};

for (const raw of lines) {
  const line = raw.replace(/[ \r]+$/, '');
  let d;
  if ((d = /^>\s+([^\t]+)\t(.*)$/.exec(line))) {
    flushTable();
    (docs ??= []).push([d[1], d[2]]);
    continue;
  }
  flushDocs();
  if (line.includes('\t')) {
    (table ??= []).push(line.split('\t').concat(['', '', '']).slice(0, 3));
    continue;
  }
  flushTable();
  if (line.trim() === '') continue;
  let m;
  if ((m = /^!annex\s+(.*)$/.exec(line))) out.push(p('AnnexLabel', esc(m[1])));
  else if ((m = /^!title\s+(.*)$/.exec(line))) out.push(p('AnnexTitle', esc(m[1])));
  else if ((m = /^####\s+(.*)$/.exec(line))) out.push(p('DocsHead', esc(m[1])));
  else if ((m = /^###\s+([^|]+)\|(.*)$/.exec(line))) out.push(labelled(/\s/.test(m[1]) ? 'H23Wide' : 'H23', m[1], m[2]));
  else if ((m = /^##\s+([^|]+)\|(.*)$/.exec(line))) out.push(labelled(/\s/.test(m[1]) ? 'H1Wide' : 'H1', m[1], m[2]));
  else if ((m = /^#\s+(.*)$/.exec(line))) out.push(p('Part', esc(m[1])));
  else if ((m = /^>\s+(.*)$/.exec(line))) out.push(p('DocItem', esc(m[1])));
  else if ((m = /^\s+(\S+)\|(.*)$/.exec(line))) out.push(labelled('SubItem', m[1], m[2]));
  else if ((m = /^(\S+)\|(.*)$/.exec(line))) out.push(labelled('AgendaItem', m[1], m[2]));
  else out.push(p('SingleTxt', esc(line)));
}
flushTable();
flushDocs();

// The timetable's columns (time, item, title; 16.6 cm in all).
const annexColumns = (meta.columns ?? '3.2 2.1 11.3').split(/\s+/);
const docTables = out.some((x) => x.startsWith('<table:table table:name="Documents'));
// Symbol and description columns of the documentation tables (15.33 cm in all).
const docColumns = (meta['doc-columns'] ?? '7.6 7.73').split(/\s+/);
const para = (name, props, text = '') =>
  `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${props.includes('writing-mode') ? '' : `style:writing-mode="${mode}" `}${props}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
const bold = `fo:font-weight="bold" style:font-weight-complex="bold"${asian ? ' style:font-weight-asian="bold"' : ''}`;
const size = (pt) => `fo:font-size="${pt}pt" style:font-size-complex="${pt}pt"${asian ? ` style:font-size-asian="${pt}pt"` : ''}`;
const latin = 'fo:language="en" fo:country="US"';
const margins = rtl ? 'fo:margin-right="1.27cm" fo:margin-left="1.0cm"' : 'fo:margin-left="1.27cm" fo:margin-right="1.0cm"';
const hanging = (indent, at) =>
  `fo:margin-${start}="${at}cm" fo:text-indent="-${indent}cm"`;

const styles = [
  `<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="${mode}" fo:text-align="${start}"/><style:text-properties style:font-name="Latin" ${size(12)} fo:language="${lang}" fo:country="${country}" style:font-name-complex="Arabic"${asian ? ` style:font-name-asian="Asian" style:language-asian="${lang}" style:country-asian="${country}"` : ''} fo:hyphenate="false"/></style:default-style>`,
  `<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties style:writing-mode="${mode}" fo:text-align="${start}" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>`,
  para('SingleTxt', `fo:text-align="${align}" ${margins} fo:margin-bottom="0.21cm" fo:orphans="2" fo:widows="2"`),
  para('AgendaItem', `fo:text-align="${align}" ${hanging(1.27, 2.54)} fo:margin-bottom="0.21cm"`),
  para('SubItem', `fo:text-align="${align}" ${hanging(1.27, 3.81)} fo:margin-bottom="0.1cm"`),
  para('H1', `fo:text-align="${start}" ${hanging(1.27, 2.54)} fo:margin-top="0.3cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"`, `${bold} ${size(12.5)}`),
  para('H23', `fo:text-align="${start}" ${hanging(1.27, 2.54)} fo:margin-top="0.1cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"`, bold),
  ...(/\n##+\s+[^|\n]*\s[^|\n]*\|/.test(body)
    ? [
        // A heading label of two words ("Tema 1.") hangs further out.
        para('H1Wide', `fo:text-align="${start}" ${hanging(2.2, 3.47)} ${rtl ? 'fo:margin-left' : 'fo:margin-right'}="1.0cm" fo:margin-top="0.3cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"`, `${bold} ${size(12.5)}`),
        para('H23Wide', `fo:text-align="${start}" ${hanging(2.2, 3.47)} ${rtl ? 'fo:margin-left' : 'fo:margin-right'}="1.0cm" fo:margin-top="0.1cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"`, bold),
      ]
    : []),
  para('DocsHead', `fo:text-align="${start}" ${margins} fo:margin-top="0.05cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"`, bold),
  para('DocItem', `fo:text-align="${align}" ${margins} fo:margin-bottom="0.21cm"`),
  ...(docTables ? [para('DocCellP', `fo:text-align="${start}"`)] : []),
  para('Part', `fo:text-align="${start}" fo:margin-top="0.5cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"`, `${bold} ${size(13)}`),
  para('AnnexLabel', `fo:text-align="${start}" fo:margin-bottom="0.3cm" fo:break-before="page"`, `${bold} ${size(13)}`),
  para('AnnexTitle', `fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"`, `${bold} ${size(14)}`),
  para('UN', `fo:text-align="${start}"`, `${bold} ${size(16)}`),
  para('Symbol', `fo:text-align="${rtl ? 'left' : 'right'}" style:writing-mode="lr-tb"`, `${latin} ${size(17)}`),
  para('BodyName', `fo:text-align="${start}" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"`, `${bold} ${size(14)}`),
  para('Distr', `fo:text-align="left" style:writing-mode="lr-tb"`, `${latin} ${size(10)}`),
  para('WG', `fo:text-align="${start}" fo:margin-top="0.25cm"`, bold),
  ...(meta.organ?.includes('|')
    ? [para('WGNext', `fo:text-align="${start}"`, bold), para('WGNextPlain', `fo:text-align="${start}"`)]
    : []),
  para('Venue', `fo:text-align="${start}" fo:margin-bottom="0.5cm"`),
  para('DocTitle', `fo:text-align="${start}" fo:margin-top="0.2cm" fo:margin-bottom="0.45cm" fo:keep-with-next="always"`, `${bold} ${size(16)}`),
  para('Cell', `fo:text-align="${start}"`, size(11)),
  para('CellHead', `fo:text-align="${start}" fo:margin-top="0.05cm" fo:margin-bottom="0.05cm"`, `${size(10)} fo:font-style="italic"`),
  para('DayHead', `fo:text-align="${start}" fo:margin-top="0.05cm" fo:keep-with-next="always"`, `${bold} ${size(11)}`),
  para('HeaderSym', `style:writing-mode="lr-tb" fo:text-align="left" fo:margin-bottom="0.1cm"`, `${latin} ${size(10)} ${bold}`),
  para('HeaderSymR', `style:writing-mode="lr-tb" fo:text-align="right" fo:margin-bottom="0.1cm"`, `${latin} ${size(10)} ${bold}`),
  para('FootJob', `style:writing-mode="lr-tb" fo:text-align="left"`, `${latin} ${size(9)}`),
  para('FootJobR', `style:writing-mode="lr-tb" fo:text-align="right"`, `${latin} ${size(9)}`),
  para('FootNum', `fo:text-align="right"`, `${size(10)} ${bold}`),
  para('FootNumL', `fo:text-align="left"`, `${size(10)} ${bold}`),
  para('Barcode', `style:writing-mode="lr-tb" fo:text-align="right"`, `${latin} ${size(12)}`),
].join('');

const cell = (style, content) => `<table:table-cell table:style-name="${style}" office:value-type="string">${content}</table:table-cell>`;
const footer = (first, left) => {
  const job = p(left ? 'FootJobR' : 'FootJob', esc(meta.job ?? ''));
  const num = p(left ? 'FootNumL' : 'FootNum', '<text:page-number text:select-page="current">1</text:page-number>');
  const barcode = first && meta.barcode ? p('Barcode', esc(meta.barcode)) : '';
  const cells = left ? [num, job + barcode] : [job + barcode, num];
  return `<table:table table:name="Foot" table:style-name="FootTable"><table:table-column table:style-name="MastC0"/><table:table-column table:style-name="MastC1"/><table:table-row>${cell('FootCell', cells[0])}${cell('FootCell', cells[1])}</table:table-row></table:table>`;
};
const masthead = `<table:table table:name="Masthead" table:style-name="MastTable"><table:table-column table:style-name="MastC0"/><table:table-column table:style-name="MastC1"/>
<table:table-row>${cell('MastTop', p('UN', esc(meta.un ?? 'United Nations')))}${cell('MastTop', p('Symbol', esc(meta.symbol)))}</table:table-row>
<table:table-row>${cell('MastBot', p('BodyName', (meta.body ?? '').split('|').map(esc).join('<text:line-break/>')))}${cell('MastBot', (meta.distr ?? '').split('|').map((l) => p('Distr', esc(l))).join(''))}</table:table-row></table:table>`;
const heading = [
  // The organ's lines ("|"): bold, one marked "~" in regular weight (ECE's parent committee).
  ...(meta.organ
    ? meta.organ.split('|').map((line, i) => p(`${i === 0 ? 'WG' : 'WGNext'}${line.startsWith('~') ? 'Plain' : ''}`, esc(line.replace(/^~/, ''))))
    : []),
  meta.session ? p('Standard', esc(meta.session)) : '',
  meta.venue ? p('Venue', esc(meta.venue)) : '',
  p('DocTitle', esc(meta.title ?? '')),
].join('\n');

const page = (name) =>
  `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.3cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:writing-mode="${mode}"/><style:header-style>${name === 'pmRest' ? '<style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.45cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/>' : ''}</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>`;
const automatic = [
  ...(docTables
    ? [
        `<style:style style:name="DocTable" style:family="table"><style:table-properties style:width="15.33cm" table:align="${rtl ? 'left' : 'right'}" style:writing-mode="${mode}" fo:margin-top="0.15cm" fo:margin-bottom="0.21cm"/></style:style>`,
        `<style:style style:name="DocC0" style:family="table-column"><style:table-column-properties style:column-width="${docColumns[0]}cm"/></style:style>`,
        `<style:style style:name="DocC1" style:family="table-column"><style:table-column-properties style:column-width="${docColumns[1]}cm"/></style:style>`,
        `<style:style style:name="DocCell" style:family="table-cell"><style:table-cell-properties fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0.3cm" fo:border="none" style:vertical-align="top"/></style:style>`,
      ]
    : []),
  page('pmFirst'),
  page('pmRest'),
  `<style:style style:name="MastTable" style:family="table" style:master-page-name="First_20_Page"><style:table-properties style:width="16.60cm" table:align="margins" style:writing-mode="${mode}" fo:margin-bottom="0.1cm"/></style:style>`,
  `<style:style style:name="FootTable" style:family="table"><style:table-properties style:width="16.60cm" table:align="margins" style:writing-mode="${mode}"/></style:style>`,
  `<style:style style:name="Annex" style:family="table"><style:table-properties style:width="16.60cm" table:align="center" style:writing-mode="${mode}" fo:margin-top="0.1cm"/></style:style>`,
  `<style:style style:name="AnnexC0" style:family="table-column"><style:table-column-properties style:column-width="${annexColumns[0]}cm"/></style:style>`,
  `<style:style style:name="AnnexC1" style:family="table-column"><style:table-column-properties style:column-width="${annexColumns[1]}cm"/></style:style>`,
  `<style:style style:name="AnnexC2" style:family="table-column"><style:table-column-properties style:column-width="${annexColumns[2]}cm"/></style:style>`,
  `<style:style style:name="MastC0" style:family="table-column"><style:table-column-properties style:column-width="9.3cm"/></style:style>`,
  `<style:style style:name="MastC1" style:family="table-column"><style:table-column-properties style:column-width="7.3cm"/></style:style>`,
  `<style:style style:name="MastTop" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="1.6pt solid #000000" style:vertical-align="bottom"/></style:style>`,
  `<style:style style:name="MastBot" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="1.6pt solid #000000" style:vertical-align="top"/></style:style>`,
  `<style:style style:name="FootCell" style:family="table-cell"><style:table-cell-properties fo:padding="0cm" fo:border="none"/></style:style>`,
  `<style:style style:name="AHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border-top="0.5pt solid #000000" fo:border-bottom="1.2pt solid #000000" style:vertical-align="bottom"/></style:style>`,
  `<style:style style:name="ADay" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>`,
  `<style:style style:name="ABody" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none" style:vertical-align="top"/></style:style>`,
  `<style:style style:name="ALast" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border-bottom="1.2pt solid #000000" style:vertical-align="top"/></style:style>`,
].join('');
const masters = `<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard"><style:footer>${footer(true, false)}</style:footer></style:master-page><style:master-page style:name="Standard" style:page-layout-name="pmRest"><style:header>${p(rtl ? 'HeaderSym' : 'HeaderSymR', esc(meta.symbol))}</style:header><style:header-left>${p(rtl ? 'HeaderSymR' : 'HeaderSym', esc(meta.symbol))}</style:header-left><style:footer>${footer(false, false)}</style:footer><style:footer-left>${footer(false, true)}</style:footer-left></style:master-page>`;

process.stdout.write(`<?xml version="1.0" encoding="UTF-8"?>
<!-- ${esc(meta.symbol)} (${lang}), laid out as a UN document by scripts/pdf/make-fodt.mjs from ${esc(process.argv[2].split('/').pop())}. -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(meta.symbol)} — ${esc(meta.title ?? '')}</dc:title><dc:language>${lang}</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Latin" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/><style:font-face style:name="Arabic" svg:font-family="&apos;Noto Naskh Arabic:-mark&amp;-mkmk&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>${asian ? `<style:font-face style:name="Asian" svg:font-family="&apos;${esc(asian)}&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>` : ''}</office:font-face-decls>
<office:styles>${styles}</office:styles>
<office:automatic-styles>${automatic}</office:automatic-styles>
<office:master-styles>${masters}</office:master-styles>
<office:body><office:text>
${masthead}
${heading}
${out.join('\n')}
</office:text></office:body></office:document>
`);
