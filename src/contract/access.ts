import { z } from 'zod';

export const SignedUrlInput = z
  .object({
    path: z
      .string()
      .max(8192)
      .regex(/^\/api\/[^?#]*(\?[^#]*)?$/, 'Must be an /api path, optionally with a query')
      .describe('The GET address to sign, such as /api/tables/{id}/export?format=csv'),
  })
  .meta({ id: 'SignedUrlInput' });
export type SignedUrlInput = z.infer<typeof SignedUrlInput>;

export const SignedUrl = z
  .object({
    url: z.string().describe('The address with expires and signature added; valid for one minute, GET only'),
  })
  .meta({ id: 'SignedUrl' });
export type SignedUrl = z.infer<typeof SignedUrl>;
