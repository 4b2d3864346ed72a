import type { Article } from './article.js';
import { countWords } from './text.js';

export interface ArticleStats { paragraphs: number; sentences: number; words: number }

export function articleStats(article: Article): ArticleStats {
  return { paragraphs: article.paragraphs.length, sentences: article.sentences.length, words: countWords(article.text) };
}

/** Minutes at an adult's silent-reading pace of about 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
