import { defineCollection } from 'astro:content';
import { guideLoader } from './content/guide-loader.ts';

/** The guides, read through one loader: checked and rendered by digest; the store keeps small facts. */
export const collections = {
  guides: defineCollection({ loader: guideLoader() }),
};
