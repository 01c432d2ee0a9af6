import type { ImportKind, Locale } from '@atrium/sdk';
import type { ColumnKey, Requirement } from './columns.js';

/** What one column holds, and a value a person might write in it. */
interface ColumnText {
  holds: string;
  example: string;
}

export interface TemplateTexts {
  /** The name of the instructions sheet. */
  sheet: string;
  title: Record<ImportKind, string>;
  /** How the template works, a sentence a line; `csv` adds what only a CSV needs. */
  intro: string[];
  csv: string[];
  headings: { column: string; required: string; holds: string; example: string };
  requirements: Record<Requirement, string>;
  columns: Record<ColumnKey, ColumnText>;
}

// No double quotes in these texts: a spreadsheet program saving the CSV again would quote
// the cell, and a quoted line no longer starts with # (so it would be read as a row).
export const templateTexts: Record<Locale, TemplateTexts> = {
  en: {
    sheet: 'Instructions',
    title: {
      properties: 'Atrium import: properties',
      units: 'Atrium import: units, accounts and people',
    },
    intro: [
      'Fill in one row per entry under the header row of the data sheet. Keep the header row as it is: its keys are the same in every language.',
      'Rows add what is missing and change an area, roles or a share; nothing is ever removed.',
      'The file is checked whole first: while any row is bad nothing is imported, and every bad row and column is named.',
    ],
    csv: [
      'Lines starting with # are skipped. Separate the values with commas or semicolons and save the file as UTF-8.',
    ],
    headings: {
      column: 'Column',
      required: 'Required',
      holds: 'What it holds',
      example: 'Example',
    },
    requirements: {
      always: 'Yes',
      optional: 'No',
      newUnit: 'For a new unit',
      withPerson: 'With a person',
      withOwner: 'With the owner role',
      withQuarter: 'With a quarter',
    },
    columns: {
      name: {
        holds: 'The name of the property; no active property of the company may have it already.',
        example: 'Oak Court 7',
      },
      type: {
        holds: 'What kind of property it is, in your own words.',
        example: 'Apartment building',
      },
      legal_entity: {
        holds: 'The legal entity of the property (its owners’ association).',
        example: 'Oak Court 7 Owners’ Association',
      },
      address: { holds: 'The full address.', example: '7 Oak Court, Leeds LS1 1AA' },
      total_area: {
        holds: 'The total area in m², above zero, with at most two decimals (54.30 or 54,30).',
        example: '980.50',
      },
      quarter: {
        holds:
          'The quarter the property is in, by name; made in the group when there is none. Empty: in no quarter.',
        example: 'Riverside',
      },
      group: {
        holds: 'The group of the quarter, by name; made when there is none.',
        example: 'Leeds',
      },
      property: {
        holds: 'The name of an existing active property.',
        example: 'Oak Court 7',
      },
      unit_number: {
        holds:
          'The number or name of the unit in its property. A unit takes several rows when it has several accounts or people.',
        example: '12',
      },
      unit_area: {
        holds:
          'The area of the unit in m², above zero, with at most two decimals. May stay empty for a unit that exists or was given an area in an earlier row; another value changes it.',
        example: '54.30',
      },
      account_number: {
        holds:
          'A personal account number of the unit, used once in the company; opened when missing.',
        example: 'OAK7-012',
      },
      person_name: {
        holds:
          'A person of the unit: found by e-mail, else by name and phone, else by name among the people of the unit; added when not found.',
        example: 'Jane Smith',
      },
      person_email: {
        holds: 'The e-mail address of the person.',
        example: 'jane.smith@example.com',
      },
      person_phone: {
        holds: 'The phone number of the person in international form: + and digits only.',
        example: '+447700900123',
      },
      person_locale: {
        holds: 'The language of a new person: ru, pl or en. Empty: the company’s language.',
        example: 'en',
      },
      roles: {
        holds:
          'The roles of the person for the unit, separated by ; or spaces: owner, resident, board_member. Roles are added, never removed.',
        example: 'owner;resident',
      },
      ownership_share: {
        holds:
          'The owner’s share of the unit, above 0 and at most 1 (0.5 or 0,5). The owners’ shares of a unit add up to at most 1.',
        example: '0.5',
      },
    },
  },
  pl: {
    sheet: 'Instrukcja',
    title: {
      properties: 'Import do Atrium: nieruchomości',
      units: 'Import do Atrium: lokale, konta i osoby',
    },
    intro: [
      'Wpisz po jednym wierszu na pozycję pod wierszem nagłówków arkusza data. Nie zmieniaj wiersza nagłówków: jego klucze są takie same w każdym języku.',
      'Wiersze dodają to, czego brakuje, i zmieniają powierzchnię, role lub udział; nic nie jest usuwane.',
      'Najpierw sprawdzany jest cały plik: dopóki którykolwiek wiersz jest błędny, nic nie zostanie zaimportowane, a każdy błędny wiersz i kolumna zostaną wskazane.',
    ],
    csv: [
      'Wiersze zaczynające się od # są pomijane. Oddziel wartości przecinkami lub średnikami i zapisz plik w UTF-8.',
    ],
    headings: { column: 'Kolumna', required: 'Wymagana', holds: 'Co zawiera', example: 'Przykład' },
    requirements: {
      always: 'Tak',
      optional: 'Nie',
      newUnit: 'Dla nowego lokalu',
      withPerson: 'Gdy podano osobę',
      withOwner: 'Dla roli owner',
      withQuarter: 'Gdy podano kwartał',
    },
    columns: {
      name: {
        holds: 'Nazwa nieruchomości; żadna aktywna nieruchomość firmy nie może jej już mieć.',
        example: 'Wspólnota Mieszkaniowa Leśna 7',
      },
      type: { holds: 'Rodzaj nieruchomości, własnymi słowami.', example: 'Budynek mieszkalny' },
      legal_entity: {
        holds: 'Podmiot prawny nieruchomości (wspólnota mieszkaniowa).',
        example: 'Wspólnota Mieszkaniowa Leśna 7',
      },
      address: { holds: 'Pełny adres.', example: 'ul. Leśna 7, 30-001 Kraków' },
      total_area: {
        holds:
          'Powierzchnia całkowita w m², większa od zera, najwyżej dwa miejsca po przecinku (54.30 lub 54,30).',
        example: '980,50',
      },
      quarter: {
        holds:
          'Kwartał, w którym leży nieruchomość, po nazwie; tworzony w grupie, gdy go nie ma. Puste: bez kwartału.',
        example: 'Zwierzyniec',
      },
      group: {
        holds: 'Grupa kwartału, po nazwie; tworzona, gdy jej nie ma.',
        example: 'Kraków',
      },
      property: {
        holds: 'Nazwa istniejącej aktywnej nieruchomości.',
        example: 'Wspólnota Mieszkaniowa Leśna 7',
      },
      unit_number: {
        holds:
          'Numer lub nazwa lokalu w nieruchomości. Lokal zajmuje kilka wierszy, gdy ma kilka kont lub osób.',
        example: '12',
      },
      unit_area: {
        holds:
          'Powierzchnia lokalu w m², większa od zera, najwyżej dwa miejsca po przecinku. Może zostać pusta dla istniejącego lokalu lub takiego, którego powierzchnię podano we wcześniejszym wierszu; inna wartość ją zmienia.',
        example: '54,30',
      },
      account_number: {
        holds: 'Numer konta lokalu, jedyny w firmie; zakładany, gdy go nie ma.',
        example: 'LES7-012',
      },
      person_name: {
        holds:
          'Osoba lokalu: szukana po e-mailu, potem po imieniu i nazwisku z telefonem, potem po imieniu i nazwisku wśród osób lokalu; dodawana, gdy jej nie ma.',
        example: 'Jan Kowalski',
      },
      person_email: { holds: 'Adres e-mail osoby.', example: 'jan.kowalski@example.pl' },
      person_phone: {
        holds: 'Numer telefonu osoby w formie międzynarodowej: + i same cyfry.',
        example: '+48601234567',
      },
      person_locale: {
        holds: 'Język nowej osoby: ru, pl lub en. Puste: język firmy.',
        example: 'pl',
      },
      roles: {
        holds:
          'Role osoby w lokalu, oddzielone ; lub spacjami: owner (właściciel), resident (mieszkaniec), board_member (członek zarządu). Role są dodawane, nigdy usuwane.',
        example: 'owner;resident',
      },
      ownership_share: {
        holds:
          'Udział właściciela w lokalu, większy od 0 i najwyżej 1 (0.5 lub 0,5). Udziały właścicieli lokalu sumują się najwyżej do 1.',
        example: '0,5',
      },
    },
  },
  ru: {
    sheet: 'Инструкция',
    title: {
      properties: 'Импорт в Atrium: объекты',
      units: 'Импорт в Atrium: помещения, лицевые счета и люди',
    },
    intro: [
      'Заполните по одной строке на запись под строкой заголовков листа data. Не меняйте строку заголовков: её ключи одинаковы на всех языках.',
      'Строки добавляют недостающее и меняют площадь, роли или долю; ничего не удаляется.',
      'Сначала проверяется весь файл: пока хоть одна строка с ошибкой, ничего не импортируется, а каждая ошибочная строка и столбец будут названы.',
    ],
    csv: [
      'Строки, начинающиеся с #, пропускаются. Разделяйте значения запятыми или точками с запятой и сохраняйте файл в UTF-8.',
    ],
    headings: {
      column: 'Столбец',
      required: 'Обязательный',
      holds: 'Что содержит',
      example: 'Пример',
    },
    requirements: {
      always: 'Да',
      optional: 'Нет',
      newUnit: 'Для нового помещения',
      withPerson: 'Если указан человек',
      withOwner: 'Для роли owner',
      withQuarter: 'Если указан квартал',
    },
    columns: {
      name: {
        holds: 'Название объекта; у действующих объектов компании такого ещё не должно быть.',
        example: 'ЖК Невский',
      },
      type: { holds: 'Вид объекта, своими словами.', example: 'Апарт-отель' },
      legal_entity: {
        holds: 'Юридическое лицо объекта (ТСЖ, управляющая организация).',
        example: 'ТСЖ «Невский»',
      },
      address: { holds: 'Полный адрес.', example: 'Санкт-Петербург, Невский пр., 100' },
      total_area: {
        holds:
          'Общая площадь в м², больше нуля, не более двух знаков после запятой (54.30 или 54,30).',
        example: '980,50',
      },
      quarter: {
        holds:
          'Квартал объекта по названию; создаётся в группе, если его нет. Пусто: без квартала.',
        example: 'Центральный',
      },
      group: {
        holds: 'Группа квартала по названию; создаётся, если её нет.',
        example: 'Санкт-Петербург',
      },
      property: {
        holds: 'Название существующего действующего объекта.',
        example: 'ЖК Невский',
      },
      unit_number: {
        holds:
          'Номер или название помещения в объекте. Помещение занимает несколько строк, если у него несколько счетов или людей.',
        example: '12',
      },
      unit_area: {
        holds:
          'Площадь помещения в м², больше нуля, не более двух знаков после запятой. Можно оставить пустой для существующего помещения или если площадь указана в строке выше; другое значение её меняет.',
        example: '54,30',
      },
      account_number: {
        holds:
          'Номер лицевого счёта помещения, единственный в компании; открывается, если его нет.',
        example: 'НЕВ-012',
      },
      person_name: {
        holds:
          'Человек помещения: ищется по e-mail, затем по имени с телефоном, затем по имени среди людей помещения; добавляется, если не найден.',
        example: 'Иван Петров',
      },
      person_email: { holds: 'E-mail человека.', example: 'ivan.petrov@example.ru' },
      person_phone: {
        holds: 'Телефон человека в международном формате: + и только цифры.',
        example: '+79211234567',
      },
      person_locale: {
        holds: 'Язык нового человека: ru, pl или en. Пусто: язык компании.',
        example: 'ru',
      },
      roles: {
        holds:
          'Роли человека в помещении через ; или пробел: owner (собственник), resident (житель), board_member (член правления). Роли добавляются, но не удаляются.',
        example: 'owner;resident',
      },
      ownership_share: {
        holds:
          'Доля собственника в помещении, больше 0 и не больше 1 (0.5 или 0,5). Доли собственников помещения в сумме не больше 1.',
        example: '0,5',
      },
    },
  },
};
