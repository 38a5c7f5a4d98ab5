/** Keeps ?lang= in the address bar in step with the chosen language (the workspace keeps the other choices). */
import { useEffect } from 'react';
import type { Lang } from './i18n/format.ts';
import { readUrlState, writeUrlState } from './url-state.ts';

export function useUrlLanguage(lang: Lang): void {
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const search = writeUrlState({ ...readUrlState(window.location.search), lang });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
