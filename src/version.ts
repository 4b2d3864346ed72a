// Replaced at bundle time from package.json; the fallback serves unbundled runs (tests).
declare const __ARTICLE_VERSION__: string | undefined;
export const VERSION: string = typeof __ARTICLE_VERSION__ === 'string' ? __ARTICLE_VERSION__ : '0.0.0-dev';
