// The antd root: ConfigProvider with the app's language (zh_CN / en_US), a compact theme for a 1366×768 laptop,
// and antd's App so message/notification/modal read this context. Zero-runtime mode: component CSS is the static
// antd/dist/antd.css (a file from 'self', imported in main.tsx); only the theme's CSS variables are injected at
// run time, in <style> tags carrying the page's CSP nonce (the CSP never allows 'unsafe-inline').
import type { ReactNode } from 'react';
import { useEffect, useMemo } from 'react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { useEditor } from './StoreContext.tsx';
import { pageStyleNonce } from './pageStyleNonce.ts';

// Chinese first in Chinese. In English a Latin face comes first, with the CJK faces behind it for user data: the CJK
// faces draw ’ and “ ” full-width, which reads as a gap in an English sentence.
const CJK_FACES = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC"';
const LATIN_FACES = '"Segoe UI", "Liberation Sans", Arial';
const fontFamily = (language: 'zh' | 'en'): string => [...(language === 'en' ? [LATIN_FACES] : []), CJK_FACES, 'sans-serif'].join(', ');

export function AntdRoot({ children }: { children: ReactNode }) {
  const language = useEditor((s) => s.language);
  const csp = useMemo(() => ({ nonce: pageStyleNonce() }), []);
  // The document's language too: antd's pop-ups (modals, menus) sit outside the app's element, and app.css picks
  // the body's font by it.
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      csp={csp}
      componentSize="small"
      // Labels stay as written (antd would space out two-character ones: 关 闭), so tests and screen readers read them.
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: theme.defaultAlgorithm,
        zeroRuntime: true,
        token: { colorPrimary: '#1565c0', borderRadius: 3, fontSize: 13, fontFamily: fontFamily(language) },
        components: {
          Splitter: { splitBarSize: 4, splitTriggerSize: 8 },
          // Dense rows and tab bars: a clerk's laptop shows 12 conflicts in a third of the screen.
          Table: { cellPaddingBlockSM: 2, cellPaddingInlineSM: 6 },
          Tabs: { horizontalItemPaddingSM: '3px 0', horizontalMargin: '0 0 4px 0' },
        },
      }}
    >
      <AntApp component={false}>{children}</AntApp>
    </ConfigProvider>
  );
}
