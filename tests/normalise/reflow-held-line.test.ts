// A title run on into its meeting's date and venue line, in a text that lost its line breaks
// ("Provisional agenda for the third meeting To be held at …, on 4 March 2032", ECE's agendas for
// one meeting): the held words end the title and open the date and venue line, which reads as it
// does with its lines (title, venue, start date).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Case {
  /** The page with its lines. */
  lines: string;
  title: string;
  venue: string;
  startDate: string;
}

const CASES: Record<Language, Case> = {
  en: {
    lines: `United Nations ECE/TRANS/WP.6/GE.3/2032/1
Economic and Social Council
Distr.: General
2 January 2032
Original: English
Economic Commission for Europe
Inland Transport Committee
Group of Experts on Road Safety Statistics
Provisional agenda for the third meeting
To be held at the Palais des Nations, Geneva, on 4 March 2032
1. Adoption of the agenda.
2. Review of the road safety data collected in 2031.
3. Methods for counting injuries on rural roads.
4. Any other business.
5. Adoption of the report.`,
    title: 'Provisional agenda for the third meeting',
    venue: 'the Palais des Nations, Geneva',
    startDate: '2032-03-04',
  },
  fr: {
    lines: `Nations Unies ECE/TRANS/WP.6/GE.3/2032/1
Conseil économique et social
Distr. générale
2 janvier 2032
Original : anglais
Commission économique pour l'Europe
Comité des transports intérieurs
Groupe d'experts des statistiques de la sécurité routière
Ordre du jour provisoire de la troisième réunion
qui se tiendra au Palais des Nations, à Genève, le 4 mars 2032
1. Adoption de l'ordre du jour.
2. Examen des données sur la sécurité routière recueillies en 2031.
3. Méthodes de décompte des blessés sur les routes rurales.
4. Questions diverses.
5. Adoption du rapport.`,
    title: 'Ordre du jour provisoire de la troisième réunion',
    venue: 'Palais des Nations, à Genève',
    startDate: '2032-03-04',
  },
  es: {
    lines: `Naciones Unidas ECE/TRANS/WP.6/GE.3/2032/1
Consejo Económico y Social
Distr. general
2 de enero de 2032
Original: inglés
Comisión Económica para Europa
Comité de Transportes Interiores
Grupo de Expertos en Estadísticas de Seguridad Vial
Programa provisional de la tercera reunión
Que se celebrará en el Palacio de las Naciones, Ginebra, el 4 de marzo de 2032
1. Aprobación del programa.
2. Examen de los datos de seguridad vial reunidos en 2031.
3. Métodos para contar los heridos en las carreteras rurales.
4. Otros asuntos.
5. Aprobación del informe.`,
    title: 'Programa provisional de la tercera reunión',
    venue: 'Palacio de las Naciones, Ginebra',
    startDate: '2032-03-04',
  },
  ru: {
    lines: `Организация Объединенных Наций ECE/TRANS/WP.6/GE.3/2032/1
Экономический и Социальный Совет
Distr.: General
2 January 2032
Russian
Original: English
Европейская экономическая комиссия
Комитет по внутреннему транспорту
Группа экспертов по статистике безопасности дорожного движения
Предварительная повестка дня третьего совещания,
которое состоится во Дворце Наций в Женеве 4 марта 2032 года
1. Утверждение повестки дня.
2. Обзор данных о безопасности дорожного движения, собранных в 2031 году.
3. Методы подсчета пострадавших на сельских дорогах.
4. Прочие вопросы.
5. Утверждение доклада.`,
    title: 'Предварительная повестка дня третьего совещания',
    venue: 'Дворце Наций в Женеве',
    startDate: '2032-03-04',
  },
  ar: {
    lines: `الأمم المتحدة ECE/TRANS/WP.6/GE.3/2032/1
المجلس الاقتصادي والاجتماعي
Distr.: General
2 January 2032
Arabic
Original: English
اللجنة الاقتصادية لأوروبا
لجنة النقل الداخلي
فريق الخبراء المعني بإحصاءات السلامة على الطرق
جدول الأعمال المؤقت للاجتماع الثالث
المقرر عقده في قصر الأمم، جنيف، يوم 4 آذار/مارس 2032
1- إقرار جدول الأعمال.
2- استعراض بيانات السلامة على الطرق المجمعة في عام 2031.
3- طرق إحصاء المصابين على الطرق الريفية.
4- ما يستجد من أعمال.
5- اعتماد التقرير.`,
    title: 'جدول الأعمال المؤقت للاجتماع الثالث',
    venue: 'قصر الأمم، جنيف',
    startDate: '2032-03-04',
  },
  zh: {
    lines: `联合国 ECE/TRANS/WP.6/GE.3/2032/1
经济及社会理事会
Distr.: General
2 January 2032
Chinese
Original: English
欧洲经济委员会
内陆运输委员会
道路安全统计专家组
第三次会议临时议程
将于2032年3月4日在日内瓦万国宫举行
1. 通过议程。
2. 审查2031年收集的道路安全数据。
3. 农村道路伤者统计方法。
4. 其他事项。
5. 通过报告。`,
    title: '第三次会议临时议程',
    venue: '日内瓦万国宫',
    startDate: '2032-03-04',
  },
};

describe('a title run on into its held line, the text without its line breaks', () => {
  for (const [language, c] of Object.entries(CASES) as [Language, Case][]) {
    it(`${language}: the held words end the title and give the venue and date`, () => {
      const flat = parseAgenda(c.lines.replace(/\s*\n\s*/g, ' '));
      const lined = parseAgenda(c.lines);
      for (const doc of [flat, lined]) {
        expect(doc.document.title).toBe(c.title);
        expect(doc.meeting?.venue ?? null).toBe(c.venue);
        expect(doc.meeting?.startDate ?? null).toBe(c.startDate);
      }
      expect(flat.items.map((item) => item.number)).toEqual(lined.items.map((item) => item.number));
    });
  }
});

describe("a Chinese title under its body's name, no blank line between them", () => {
  const masthead = '联合国 ECE/TRANS/WP.6/GE.3/2032/1\n经济及社会理事会\nDistr.: General\n2 January 2032\nChinese\nOriginal: English\n欧洲经济委员会\n';
  const list = '\n1. 通过议程。\n2. 审查2031年收集的道路安全数据。\n';
  const table: [string, string, string][] = [
    ['a group of experts (专家组) is a name above the title', '道路安全统计专家组\n第三次会议临时议程', '第三次会议临时议程'],
    ['a committee (委员会) is a name above the title', '内陆运输委员会\n第三次会议临时议程', '第三次会议临时议程'],
    ['a meeting (会议) wraps the title itself', '道路安全统计专家组\n\n第三次会议\n临时议程', '第三次会议临时议程'],
    ['a session (届会) wraps the title itself', '内陆运输委员会\n\n第八十届会\n临时议程', '第八十届会临时议程'],
  ];
  for (const [name, lines, title] of table) {
    it(name, () => {
      expect(parseAgenda(masthead + lines + list).document.title).toBe(title);
    });
  }
});
