import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from './en';
import id from './id';

export const LOCALES = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

/** Indonesian by default; English through the language menu of the app bar. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : id), 'id', LOCALES);

/** BCP 47 tag for Intl formatting of dates and numbers in a UI locale. */
export const intlLocale = (locale: string | undefined): string => (locale === 'en' ? 'en-GB' : 'id-ID');
