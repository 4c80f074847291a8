import raEnglish from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { englishApp } from './en-app';

/**
 * English: react-admin's published texts, plus the two confirmation texts its update buttons use that the
 * package does not ship, and the panel's own.
 */
export const englishMessages: TranslationMessages = {
  ...raEnglish,
  ra: {
    ...raEnglish.ra,
    message: {
      ...raEnglish.ra.message,
      update_content: 'Are you sure you want to update %{name} %{recordRepresentation}?',
      update_title: 'Update %{name} %{recordRepresentation}',
    },
  },
  ...englishApp,
};
