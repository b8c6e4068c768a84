// An annotation's numbered paragraphs printed with no blank line between them ("1. The session
// will be opened …" / "2. The Commission will elect …", as an extraction drops the space between
// paragraphs): each is a paragraph of its own, joined with "\n" in the annotation as paragraphs
// apart by a blank line are.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

/** [language, the annotations heading, item 1's title, three numbered paragraphs]. */
const ROWS: [Language, string, string, [string, string, string]][] = [
  ['en', 'Annotations', 'Opening of the session', ['1. The session will be opened by the Chair on 15 March 2027.', '2. The Commission will then hear a statement by the Executive Director.', '3. Delegations may make general statements.']],
  ['fr', 'Annotations', 'Ouverture de la session', ['1. La session sera ouverte par le Président le 15 mars 2027.', '2. La Commission entendra ensuite une déclaration du Directeur exécutif.', '3. Les délégations pourront faire des déclarations générales.']],
  ['es', 'Anotaciones', 'Apertura del período de sesiones', ['1. El período de sesiones será inaugurado por el Presidente el 15 de marzo de 2027.', '2. La Comisión escuchará luego una declaración del Director Ejecutivo.', '3. Las delegaciones podrán formular declaraciones generales.']],
  ['ru', 'Аннотации', 'Открытие сессии', ['1. Сессию откроет Председатель 15 марта 2027 года.', '2. Затем Комиссия заслушает заявление Директора-исполнителя.', '3. Делегации смогут выступить с общими заявлениями.']],
  ['ar', 'الشروح', 'افتتاح الدورة', ['1- سيفتتح الرئيس الدورة يوم 15 آذار/مارس 2027.', '2- وستستمع اللجنة بعد ذلك إلى بيان من المدير التنفيذي.', '3- ويجوز للوفود أن تدلي ببيانات عامة.']],
  ['zh', '说明', '会议开幕', ['1. 会议将由主席于2027年3月15日宣布开幕。', '2. 委员会随后将听取执行主任的发言。', '3. 各代表团可作一般性发言。']],
];

function agenda(lang: Language, annotations: string, title: string, paragraphs: string): string {
  return `${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. ${title}\n2. B\n\n${annotations}\n\n1. ${title}\n\n${paragraphs}\n\n2. B\n`;
}

describe('numbered paragraphs with no blank line between them', () => {
  for (const [lang, annotations, title, paragraphs] of ROWS) {
    it(`${lang}: each numbered paragraph is one, joined with "\\n"`, () => {
      const doc = parseAgenda(agenda(lang, annotations, title, paragraphs.join('\n')), { lang, spans: false });
      expect(doc.items[0]!.annotation).toBe(paragraphs.join('\n'));
    });
  }

  it('en: a numbered paragraph wrapped over two lines stays one', () => {
    const text = '1. The session will be opened by the Chair on 15 March 2027 in the\nPlenary Hall.\n2. Delegations may make general statements.';
    const doc = parseAgenda(agenda('en', 'Annotations', 'Opening of the session', text), { lang: 'en', spans: false });
    expect(doc.items[0]!.annotation).toBe('1. The session will be opened by the Chair on 15 March 2027 in the Plenary Hall.\n2. Delegations may make general statements.');
  });

  it('en: a line after no sentence end, or numbered out of sequence, goes on with its paragraph', () => {
    const unfinished = '1. The Commission will have before it the reports listed in paragraph\n2. The reports were issued in advance.';
    expect(parseAgenda(agenda('en', 'Annotations', 'Opening of the session', unfinished), { lang: 'en', spans: false }).items[0]!.annotation).toBe(
      '1. The Commission will have before it the reports listed in paragraph 2. The reports were issued in advance.',
    );
    const outOfSequence = '1. The Commission will consider the matter in 2027.\n15. Member States welcomed the report.';
    expect(parseAgenda(agenda('en', 'Annotations', 'Opening of the session', outOfSequence), { lang: 'en', spans: false }).items[0]!.annotation).toBe(
      '1. The Commission will consider the matter in 2027. 15. Member States welcomed the report.',
    );
  });
});
