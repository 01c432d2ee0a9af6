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
    unknown: 'Что-то пошло не так. Повторите попытку.',
  },
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
