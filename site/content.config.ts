// Content collections over ../content; the schemas are shared with
// `npm run check:content` so both reject the same files.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  contactSchema,
  guidanceSchema,
  planSchema,
  routineSchema,
  symbolSchema,
  type ContentKind,
} from './lib/content/schemas.ts';

const files = (kind: ContentKind) => glob({ pattern: '*.md', base: `./content/${kind}` });

export const collections = {
  guidance: defineCollection({ loader: files('guidance'), schema: guidanceSchema }),
  routines: defineCollection({ loader: files('routines'), schema: routineSchema }),
  symbols: defineCollection({ loader: files('symbols'), schema: symbolSchema }),
  plans: defineCollection({ loader: files('plans'), schema: planSchema }),
  contacts: defineCollection({ loader: files('contacts'), schema: contactSchema }),
};
