// The annotations end at the document's next section: "I. Provisional agenda", "II. Annotations to
// the provisional agenda", then "III. Scheduling of meetings" (UNCITRAL's form, in every language:
// "III. Calendrier des séances", "III. Расписание заседаний", "三、会议安排", "ثالثاً - …"). Before,
// the section ran on into the last item's annotation. Our own sentences in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const DOCUMENTS: [Language, string, string][] = [
  ["en", "Provisional agenda and annotations\n\nI. Provisional agenda\n\n1.\tOpening of the session.\n2.\tElection of officers.\n3.\tOther business.\n\nII. Annotations to the provisional agenda\n\n1.\tOpening of the session\n\n1.\tThe session will be opened on Monday.\n\n2.\tElection of officers\n\n2.\tThe Commission elects officers.\n\n3.\tOther business\n\n3.\tDocuments A/CN.9/1151 and A/CN.9/1152 will be before the Commission.\n\nIII. Schedule of meetings\n\n4.\tThe session will last three weeks.\n", "3. Documents A/CN.9/1151 and A/CN.9/1152 will be before the Commission."],
  ["fr", "Ordre du jour provisoire annoté\n\nI. Ordre du jour provisoire\n\n1.\tOuverture de la session.\n2.\tAdoption de l’ordre du jour.\n3.\tQuestions diverses.\n\nII. Annotations à l’ordre du jour provisoire\n\n1.\tOuverture de la session\n\nLa session s’ouvrira le lundi 7 juillet 2031.\n\n2.\tAdoption de l’ordre du jour\n\nLa Commission adoptera son ordre du jour.\n\n3.\tQuestions diverses\n\nLa Commission examinera toute autre question.\n\nIII. Calendrier des séances\n\nLa session durera trois semaines.\n", "La Commission examinera toute autre question."],
  ["es", "Programa provisional anotado\n\nI. Programa provisional\n\n1.\tApertura del período de sesiones.\n2.\tAprobación del programa.\n3.\tOtros asuntos.\n\nII. Anotaciones al programa provisional\n\n1.\tApertura del período de sesiones\n\nEl período de sesiones se inaugurará el lunes 7 de julio de 2031.\n\n2.\tAprobación del programa\n\nLa Comisión aprobará su programa.\n\n3.\tOtros asuntos\n\nLa Comisión examinará otros asuntos.\n\nIII. Calendario de sesiones\n\nEl período de sesiones durará tres semanas.\n", "La Comisión examinará otros asuntos."],
  ["ru", "Предварительная повестка дня и аннотации\n\nI. Предварительная повестка дня\n\n1.\tОткрытие сессии.\n2.\tУтверждение повестки дня.\n3.\tПрочие вопросы.\n\nII. Аннотации к пунктам предварительной повестки дня\n\n1.\tОткрытие сессии\n\nСессия откроется в понедельник.\n\n2.\tУтверждение повестки дня\n\nКомиссия утвердит повестку дня.\n\n3.\tПрочие вопросы\n\nКомиссия рассмотрит прочие вопросы.\n\nIII. Расписание заседаний\n\nСессия продлится три недели.\n", "Комиссия рассмотрит прочие вопросы."],
  ["zh", "临时议程和说明\n\n一、临时议程\n\n1.\t会议开幕。\n2.\t通过议程。\n3.\t其他事项。\n\n二、临时议程说明\n\n1.\t会议开幕\n\n　　委员会第六十四届会议将于2031年7月7日星期一上午9时30分开幕。\n\n2.\t通过议程\n\n　　委员会将通过议程。\n\n3.\t其他事项\n\n　　委员会将审议其他事项。\n\n三、会议安排\n\n　　会期为三周。会议时间为上午9时30分至下午12时30分。\n", "委员会将审议其他事项。"],
  ["ar", "جدول الأعمال المؤقت وشروحه\n\nأولاً - جدول الأعمال المؤقت\n\n1- افتتاح الدورة.\n2- إقرار جدول الأعمال.\n3- مسائل أخرى.\n\nثانياً - الشروح\n\n1- افتتاح الدورة\n\nستفتتح الدورة يوم الاثنين.\n\n2- إقرار جدول الأعمال\n\nستقر اللجنة جدول أعمالها.\n\n3- مسائل أخرى\n\nستنظر اللجنة في أي مسائل أخرى.\n\nثالثاً - الجدول الزمني للجلسات\n\nستستغرق الدورة ثلاثة أسابيع.\n", "ستنظر اللجنة في أي مسائل أخرى."],
];

describe('the section after the annotations ends the last item’s annotation', () => {
  it.each(DOCUMENTS)('%s', (lang, text, lastAnnotation) => {
    const result = parseAgenda(text, { lang });
    expect(result.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    expect(result.items[2]!.annotation).toBe(lastAnnotation);
  });
});

describe('what is no next section stays in the annotation', () => {
  const [, english] = DOCUMENTS[0]!;
  it('a paragraph numbered so, a sentence', () => {
    const text = english.replace('III. Schedule of meetings', 'III. The Commission will also hear a statement.');
    expect(parseAgenda(text, { lang: 'en' }).items[2]!.annotation).toContain('III. The Commission will also hear a statement.');
  });
  it('a heading numbered past the next number', () => {
    const text = english.replace('III. Schedule of meetings', 'IV. Schedule of meetings');
    expect(parseAgenda(text, { lang: 'en' }).items[2]!.annotation).toContain('IV. Schedule of meetings');
  });
  it('an annotations heading with no number', () => {
    const text = english.replace('II. Annotations to the provisional agenda', 'Annotations to the provisional agenda');
    expect(parseAgenda(text, { lang: 'en' }).items[2]!.annotation).toContain('III. Schedule of meetings');
  });
});
