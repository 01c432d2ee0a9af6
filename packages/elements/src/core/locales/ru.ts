import type { Messages } from '../i18n.js';

export const ru = {
  fields: {
    email: { invalid_format: 'Введите правильный адрес электронной почты.' },
    required: 'Заполните это поле.',
    invalid_type: 'Недопустимое значение.',
    invalid_format: 'Неверный формат.',
    invalid_value: 'Это значение не разрешено.',
    too_short: 'Минимум символов: {{limit}}.',
    too_long: 'Максимум символов: {{limit}}.',
    out_of_range: 'Значение вне допустимых пределов.',
    unknown_field: 'Неизвестное поле.',
    password_policy: 'Пароль не соответствует правилам ниже.',
    password_too_short: 'Минимум символов: {{limit}}.',
    password_needs_digit: 'Пароль должен содержать цифру.',
    password_needs_symbol: 'Пароль должен содержать специальный символ, например ! или #.',
    password_needs_upper: 'Пароль должен содержать заглавную букву.',
    password_needs_lower: 'Пароль должен содержать строчную букву.',
    reading_below_last: 'Меньше последних показаний ({{last}}).',
    reading_too_many_digits:
      'Слишком много цифр для этого счётчика: не больше {{digits}} до запятой и {{decimals}} после.',
    reading_implausible:
      'Значение неправдоподобно велико. Проверьте его или подтвердите с комментарием.',
    reading_outside_window: 'Показания принимаются с {{opensOn}} по {{closesOn}}.',
    meter_verification_expired:
      'Срок поверки счётчика истёк {{verificationDueOn}}; обратитесь в управляющую компанию.',
    total_area_missing:
      'У объекта не указана общая площадь, поэтому общее собрание собственников провести нельзя.',
    no_owners: 'У помещений объекта нет собственников, голосовать некому.',
    owned_area_exceeds_total:
      'Площадь помещений собственников ({{ownedArea}}\u00a0м²) больше общей площади объекта ({{totalArea}}\u00a0м²).',
    unit_shares_exceed_whole:
      'Доли собственников помещения {{unitNumber}} в сумме больше единицы ({{shares}}).',
    window_order: 'Голосование должно заканчиваться позже, чем начинается.',
    window_over: 'Это время уже прошло.',
    fraction_over_one: 'Числитель не может быть больше знаменателя.',
    not_entitled: 'У вас нет голоса за это помещение на этом собрании.',
    duplicate_vote: 'Голос по этому вопросу за это помещение отправлен дважды.',
    nothing_owed: 'По этому лицевому счёту нет задолженности.',
    amount_over_debt: 'Сумма больше задолженности.',
    return_url_not_allowed:
      'Эта страница не может принимать платежи. Сообщите администратору портала.',
    payment_type_unavailable: 'Этот способ оплаты недоступен.',
    card_not_found: 'Карта с таким номером не найдена.',
    points_over_available: 'Баллами сейчас можно оплатить не больше: {{limit}}.',
    insufficient_points: 'Баллов на карте: {{limit}}.',
    name_taken: 'Это название уже занято.',
  },
  errors: {
    invalid_credentials: 'Неверная электронная почта или пароль.',
    too_many_attempts: 'Слишком много попыток. Повторите через {{wait}}.',
    too_many_attempts_later: 'Слишком много попыток. Повторите позже.',
    validation_failed: 'Проверьте отмеченные поля.',
    network_error: 'Нет связи с сервером. Проверьте подключение и повторите.',
    timeout: 'Сервер не отвечает. Повторите чуть позже.',
    tenant_not_found: 'Такого портала нет. Проверьте адрес страницы.',
    invalid_reset_token: 'Ссылка устарела или уже использована. Запросите новую.',
    password_policy: 'Новый пароль не соответствует правилам ниже.',
    origin_not_allowed: 'Этому сайту не разрешено обращаться к порталу. Сообщите администратору.',
    not_connected:
      'Виджет не подключён: поместите его в <atrium-provider> или задайте base-url и tenant.',
    not_found: 'Ничего не найдено: возможно, это удалено или принадлежит не вам.',
    forbidden: 'Вашей учётной записи это недоступно.',
    unauthenticated: 'Сеанс завершён. Войдите снова.',
    unknown: 'Что-то пошло не так. Повторите попытку.',
  },
  units: {
    label: 'Апартаменты',
    all: 'Все апартаменты',
    unit: 'Апартаменты {{number}}',
  },
  retry: 'Повторить',
  wait: {
    seconds_one: '{{count}} секунду',
    seconds_few: '{{count}} секунды',
    seconds_many: '{{count}} секунд',
    seconds_other: '{{count}} секунды',
    minutes_one: '{{count}} минуту',
    minutes_few: '{{count}} минуты',
    minutes_many: '{{count}} минут',
    minutes_other: '{{count}} минуты',
  },
} satisfies Messages;
