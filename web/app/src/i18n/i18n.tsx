/** Language context: zh-CN by default, English switchable; t() looks up messages.ts, fmt formats numbers. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { formats, type Formats, type Lang } from './format.ts';
import { messages, type MessageKey } from './messages.ts';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Message by key, with {name} placeholders filled from params. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Pick the language's side of an engine text ({ zh, en }). */
  text(value: { zh: string; en: string } | string | undefined): string;
  fmt: Formats;
}

/**
 * {name} placeholders filled from params; {name|one|other} picks the word for the count in params[name] (English
 * plurals: "{n} {n|teacher|teachers}" → "1 teacher", "2 teachers"). Unknown names stay as written.
 */
export function fillTemplate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined) return String(params[name]);
    const count = Number(String(params[name]).replace(/[,\s]/g, ''));
    return count === 1 ? one : other!;
  });
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  const table = messages[lang];
  return {
    lang,
    setLang,
    t: (key, params) => {
      return fillTemplate(table[key] ?? messages.en[key] ?? key, params);
    },
    text: (value) => (value === undefined ? '' : typeof value === 'string' ? value : value[lang]),
    fmt: formats(lang),
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh'));

export function I18nProvider({ initial = 'zh', children }: { initial?: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  const value = useMemo(() => makeI18n(lang, (l) => {
    setLang(l);
    if (typeof document !== 'undefined') document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A feature's own messages: the same keys in both languages. */
export interface MessageTable<K extends string> { zh: Record<K, string>; en: Record<K, string> }

export function defineMessages<K extends string>(zh: Record<K, string>, en: Record<K, string>): MessageTable<K> {
  return { zh, en };
}

/** t() over a feature's table, in the current language. */
export function useMessages<K extends string>(table: MessageTable<K>): (key: K, params?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return (key, params) => {
    return fillTemplate(table[lang][key] ?? table.en[key] ?? key, params);
  };
}
