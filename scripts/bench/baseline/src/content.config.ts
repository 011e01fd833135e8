import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  letters: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: process.env.LETTERS_DIR ?? 'letters' }),
  }),
};
