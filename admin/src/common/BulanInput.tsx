import { SelectInput, useLocaleState } from 'react-admin';
import { intlLocale } from '../i18n';
import { BULAN, namaBulan } from './periode';

/** A month filter (Januari … Desember in the panel's language). */
export const BulanInput = (props: { source: string; alwaysOn?: boolean }) => {
  const [locale] = useLocaleState();
  const choices = BULAN.map((b) => ({ id: b, name: namaBulan(b, intlLocale(locale)) }));
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};
