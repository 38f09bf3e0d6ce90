import { z } from 'zod';
import { ContactProviderInput, ContactSettings } from '../contacts.ts';
import { AiSettings, ConnectionTest, Provider, ProviderInput, ProviderUpdate } from '../providers.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

const ProviderParams = z.object({ providerId: z.string() });
const tags = ['AI settings'];

/** The AI settings routes: providers (keys masked), defaults, a connection test. */
export const aiSettingsApi = {
  get: declareRoute({
    method: 'get',
    path: '/ai/settings',
    tags,
    summary: 'Configured AI providers (keys masked), the defaults, and whether web search is available',
    responses: { 200: json(AiSettings, 'AI settings') },
  }),
  createProvider: declareRoute({
    method: 'post',
    path: '/ai/providers',
    tags,
    summary: 'Add a provider (OpenAI, Anthropic or any OpenAI-compatible server)',
    request: jsonBody(ProviderInput),
    responses: { 201: json(Provider, 'The provider, key masked'), 400: errors[400] },
  }),
  updateProvider: declareRoute({
    method: 'patch',
    path: '/ai/providers/{providerId}',
    tags,
    summary: 'Change a provider from Settings; an empty apiKey keeps the stored one',
    request: { params: ProviderParams, ...jsonBody(ProviderUpdate) },
    responses: { 200: json(Provider, 'The provider, key masked'), ...errors },
  }),
  removeProvider: declareRoute({
    method: 'delete',
    path: '/ai/providers/{providerId}',
    tags,
    summary: 'Remove a provider added in Settings',
    request: { params: ProviderParams },
    responses: { 204: { description: 'Removed' }, ...errors },
  }),
  testProvider: declareRoute({
    method: 'post',
    path: '/ai/providers/{providerId}/test',
    tags,
    summary: 'Send a tiny request to the provider and report whether it answered',
    request: { params: ProviderParams },
    responses: { 200: json(ConnectionTest, 'What happened'), 404: errors[404] },
  }),
};

const contactTags = ['Contact settings'];

/** The contact settings routes: the provider of email, phone and reverse-email columns. */
export const contactApi = {
  settings: declareRoute({
    method: 'get',
    path: '/contacts/settings',
    tags: contactTags,
    summary: 'The contact provider of email, phone and reverse-email columns (key masked), or null',
    responses: { 200: json(ContactSettings, 'Contact settings') },
  }),
  save: declareRoute({
    method: 'put',
    path: '/contacts/provider',
    tags: contactTags,
    summary: 'Set the contact provider from Settings; an empty apiKey keeps the stored one',
    request: jsonBody(ContactProviderInput),
    responses: { 200: json(ContactSettings, 'Contact settings'), 400: errors[400] },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/contacts/provider',
    tags: contactTags,
    summary: 'Remove the contact provider set in Settings',
    responses: { 204: { description: 'Removed' }, 400: errors[400] },
  }),
};
