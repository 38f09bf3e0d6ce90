import { SignedUrl, SignedUrlInput } from '../access.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

/** The access routes (the token itself is checked before any route). */
export const accessApi = {
  signedUrl: declareRoute({
    method: 'post',
    path: '/access/signed-url',
    tags: ['Access'],
    summary: 'Sign a GET address for a download link',
    description:
      'A browser follows a download link without the Authorization header; a signed address stands in ' +
      'for the token for one minute. Without a token set on the server the address comes back as it is.',
    request: jsonBody(SignedUrlInput),
    responses: { 200: json(SignedUrl, 'The signed address'), 400: errors[400] },
  }),
};
