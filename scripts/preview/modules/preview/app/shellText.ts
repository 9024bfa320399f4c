/** The shell's own words in both languages (the shell is not packaged: no custom labels). */
import { previewText } from '../../../platform/session';

const WORDS = {
  banner: {
    en: 'Local preview — your data stays in this browser (IndexedDB)',
    ja: 'ローカルプレビュー — データはこのブラウザー内（IndexedDB）にだけ保存されます'
  },
  user: { en: 'Preview user', ja: 'プレビューのユーザー' },
  language: { en: 'Language', ja: '言語' },
  resetData: { en: 'Reset data', ja: 'データをリセット' },
  resetUnavailable: {
    en: 'The local data layer is not part of this build yet',
    ja: 'このビルドにはまだローカルデータ層がありません'
  },
  admin: { en: 'Admin', ja: '管理者' },
  reviewer: { en: 'Reviewer', ja: 'レビュー担当者' },
  viewer: { en: 'Viewer', ja: '閲覧者' },
  navigation: { en: 'App navigation', ja: 'アプリケーションのナビゲーション' },
  engineCheck: { en: 'Engine check (preview only)', ja: 'エンジン確認（プレビュー専用）' },
  notBuiltTitle: { en: 'This page is not built yet', ja: 'このページはまだありません' },
  notBuilt: {
    en: 'No component of the package renders this page yet. Pages appear here as their components are added to force-app/main/default/lwc.',
    ja: 'このページを表示するパッケージのコンポーネントはまだありません。コンポーネントが force-app/main/default/lwc に追加されると、ここに表示されます。'
  },
  pageFailed: { en: 'This page failed to render', ja: 'このページを表示できませんでした' }
} as const;

export type ShellWord = keyof typeof WORDS;

export function shellText(word: ShellWord): string {
  return previewText(WORDS[word]);
}
