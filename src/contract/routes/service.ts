import { z } from 'zod';
import { declareRoute, json } from './route.ts';

const tags = ['Service'];

/** The service's own routes: whether it is up, and its metrics. */
export const serviceApi = {
  health: declareRoute({
    method: 'get',
    path: '/health',
    tags,
    summary: 'Healthy when the store answers; 503 when it is away, so a balancer takes the server out',
    responses: {
      200: json(z.object({ status: z.literal('ok'), engine: z.string() }), 'Up, and on which store engine'),
      503: json(z.object({ error: z.string() }), 'The store is unavailable for a moment'),
    },
  }),
  metrics: declareRoute({
    method: 'get',
    path: '/metrics',
    tags,
    summary: 'Metrics in the Prometheus text format (requests, AI cells by status, the queue)',
    responses: {
      200: { description: 'Prometheus exposition text', content: { 'text/plain': { schema: z.string() } } },
    },
  }),
};
