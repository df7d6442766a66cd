// Security headers on every response (API, static files, errors). A small onSend hook rather than
// @fastify/helmet: the set is fixed and short, needs no new dependency, and one test lists it all.
import type { FastifyInstance } from 'fastify';

/**
 * What the built PWA needs and nothing more: its own scripts, styles, worker and manifest; images
 * from itself, and blob:/data: for photo previews taken on the device. No inline scripts anywhere
 * (vite emits external modules and the service worker is registered from the bundle).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "style-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function securityHeaders(options: { hsts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    // Evidence photos use the camera and may record where they were taken; nothing else is needed.
    'permissions-policy': 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  // Only behind HTTPS (the same switch as Secure cookies): on plain-HTTP local use it would be ignored.
  if (options.hsts) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }): void {
  const { 'content-security-policy': _appPolicy, ...always } = securityHeaders(options);
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.headers(always);
    // A route that set its own policy keeps it: downloads of user files are served with
    // `default-src 'none'; sandbox`, which the app's policy (scripts from 'self') would undo.
    if (!reply.hasHeader('content-security-policy')) void reply.header('content-security-policy', contentSecurityPolicy);
    return payload;
  });
}
