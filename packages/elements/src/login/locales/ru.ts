import type { Messages } from '../../core/i18n.js';

export const ru = {
  signIn: {
    heading: 'Вход',
    email: 'Электронная почта',
    password: 'Пароль',
    showPassword: 'Показать пароль',
    submit: 'Войти',
    submitting: 'Входим…',
    forgot: 'Забыли пароль?',
  },
  forgot: {
    heading: 'Восстановление пароля',
    intro: 'Укажите электронную почту, и мы пришлём ссылку для нового пароля.',
    submit: 'Отправить ссылку',
    submitting: 'Отправляем…',
    sent: 'Если эта почта принадлежит учётной записи, ссылка для нового пароля уже отправлена. Она действует один раз, 30 минут.',
    back: 'Вернуться ко входу',
  },
  reset: {
    heading: 'Новый пароль',
    password: 'Новый пароль',
    confirm: 'Повторите новый пароль',
    rules: 'В пароле должно быть:',
    ruleMet: 'выполнено',
    ruleUnmet: 'не выполнено',
    submit: 'Сохранить пароль',
    submitting: 'Сохраняем…',
    done: 'Пароль изменён. Войдите с новым паролем.',
  },
  rules: {
    password_too_short_one: 'не менее {{count}} символа',
    password_too_short_few: 'не менее {{count}} символов',
    password_too_short_many: 'не менее {{count}} символов',
    password_too_short_other: 'не менее {{count}} символа',
    password_needs_digit: 'цифра',
    password_needs_symbol: 'специальный символ, например ! или #',
    password_needs_upper: 'заглавная буква',
    password_needs_lower: 'строчная буква',
  },
  signedIn: {
    greeting: 'Здравствуйте, {{name}}!',
    loading: 'Загружаем учётную запись…',
    retry: 'Повторить',
    signOut: 'Выйти',
  },
  fields: {
    confirm: { mismatch: 'Пароли не совпадают.' },
  },
} satisfies Messages;
