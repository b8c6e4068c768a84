#!/bin/sh
# Rebuilds the PDF fixtures and the encrypted test PDF. Needs LibreOffice, its fonts and qpdf
# (Debian: apt-get install libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk
# fonts-liberation qpdf; fonts-noto-cjk gives the Chinese PDF its Noto Serif CJK SC).
# Tests never run this: the PDFs it makes are committed.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node scripts/pdf/make-fodt.mjs scripts/pdf/CTOC_COP_WG.4_2010_1.en.layout.txt > "$work/CTOC_COP_WG.4_2010_1.en.fodt"
node scripts/pdf/make-fodt.mjs scripts/pdf/CAC_COSP_WG.7_2011_1.fr.layout.txt > "$work/CAC_COSP_WG.7_2011_1.fodt"
node scripts/pdf/make-fodt.mjs scripts/pdf/CTOC_COP_WG.10_2013_1.es.layout.txt > "$work/CTOC_COP_WG.10_2013_1.fodt"
node scripts/pdf/make-fodt.mjs scripts/pdf/ECE_ENERGY_GE.9_2014_1.ru.layout.txt > "$work/ECE_ENERGY_GE.9_2014_1.fodt"
node scripts/pdf/make-fodt.mjs scripts/pdf/CTOC_COP_WG.8_2012_1.zh.layout.txt > "$work/CTOC_COP_WG.8_2012_1.fodt"
cp scripts/pdf/CTOC_COP_WG.4_2010_1.ar.fodt "$work/CTOC_COP_WG.4_2010_1.fodt"
(cd "$work" && soffice --headless --convert-to pdf ./*.fodt >/dev/null)
cp "$work/CTOC_COP_WG.4_2010_1.pdf" fixtures/ar/CTOC_COP_WG.4_2010_1.pdf
cp "$work/CTOC_COP_WG.4_2010_1.en.pdf" fixtures/en/CTOC_COP_WG.4_2010_1.en.pdf
cp "$work/CAC_COSP_WG.7_2011_1.pdf" fixtures/fr/CAC_COSP_WG.7_2011_1.pdf
cp "$work/CTOC_COP_WG.10_2013_1.pdf" fixtures/es/CTOC_COP_WG.10_2013_1.pdf
cp "$work/ECE_ENERGY_GE.9_2014_1.pdf" fixtures/ru/ECE_ENERGY_GE.9_2014_1.pdf
cp "$work/CTOC_COP_WG.8_2012_1.pdf" fixtures/zh/CTOC_COP_WG.8_2012_1.pdf

# The encrypted PDF: a one-page agenda in Helvetica (tests/input/pdf-builder.ts), AES-256, user
# password "secret".
node --input-type=module -e "
  import { build } from 'esbuild';
  const out = '$work/builder.mjs';
  await build({ entryPoints: ['tests/input/pdf-builder.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out });
  const { textPdf } = await import(out);
  (await import('node:fs')).writeFileSync('$work/plain.pdf', textPdf(['United Nations A/CONF.1/1', 'Provisional agenda', '1. Opening of the session.', '2. Adoption of the agenda.']));
"
qpdf --encrypt secret owner-secret 256 -- "$work/plain.pdf" tests/input/data/encrypted.pdf
echo "done; regenerate the golden files after reviewing: UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts -t '\\.pdf\$'"
