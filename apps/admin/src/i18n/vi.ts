import type { TranslationMessages } from 'ra-core';
import { vietnameseApp } from './vi-app';
import { vietnameseRa } from './vi-ra';

/** Vietnamese, the panel's default language: react-admin's texts and the panel's own. */
export const vietnameseMessages: TranslationMessages = { ...vietnameseRa, ...vietnameseApp };
