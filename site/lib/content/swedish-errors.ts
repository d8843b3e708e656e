// Swedish messages for zod 3 issues, so content authors read what is wrong.
import { z } from 'astro/zod';

export const swedishErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: 'saknas' };
      return { message: `ska vara ${typeName(issue.expected)}, inte ${typeName(issue.received)}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `ska vara ett av: ${issue.options.join(', ')} (inte ”${String(issue.received)}”)` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `okänt fält: ${issue.keys.join(', ')}` };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'array') return { message: `ska ha minst ${issue.minimum} värde(n)` };
      if (issue.type === 'string') return { message: `ska ha minst ${issue.minimum} tecken` };
      return { message: `ska vara minst ${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `får ha högst ${issue.maximum} tecken` };
      return { message: `får vara högst ${issue.maximum}` };
    case z.ZodIssueCode.invalid_literal:
      return { message: `ska vara ${JSON.stringify(issue.expected)}` };
    default:
      return { message: ctx.defaultError };
  }
};

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'ett tal',
    integer: 'ett heltal',
    boolean: 'true eller false',
    array: 'en lista',
    object: 'ett objekt',
    date: 'ett datum',
    null: 'tomt',
  };
  return names[t] ?? t;
}
