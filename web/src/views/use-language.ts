// The interface language: from the stored choice or the browser, remembered on change, and set on the document
// together with the title of the current view.
import { useEffect, useMemo, useState } from 'react';
import { initialLang, rememberLang, translator, type Lang } from '../core/i18n/i18n';
import { langStorage } from '../core/i18n/lang-storage';
import type { ViewId } from '../core/state/view-state';

export function useLanguage(view: ViewId) {
  const [lang, setLang] = useState<Lang>(() => initialLang(langStorage(), navigator.language));
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')}: ${t(`view.${view}`)}`;
    rememberLang(langStorage(), lang);
  }, [lang, view, t]);
  return { lang, setLang, t };
}
