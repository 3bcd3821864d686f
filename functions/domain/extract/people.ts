import type { Language, Person } from '../article/article.js';

/** People named with their roles (first version: none). */
export function extractPeople(_text: string, _language: Language): Person[] {
  return [];
}
