# syntax=docker/dockerfile:1
# Pantau Kinerja: the compiled server and the built PWA, run as a non-root user.
# The same commands as the tested path: `npm ci`, `npm run build`, `npm run build:server`, then a
# production install (`npm ci --omit=dev`, as test/deploy/production-build.test.ts does) and
# `node build/server/main.js` (test/deploy/scale-out.test.ts runs exactly that, twice, behind nginx
# and PgBouncer; compose-drift.test.ts checks this file and compose.yaml against it).
# Not built on the CI machines (no Docker daemon there).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:server

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0 STATIC_DIR=dist DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/build/server ./build/server
COPY --from=build /app/dist ./dist
# DATA_DIR holds evidence files when no S3 bucket is set (compose sets one: MinIO).
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8080
CMD ["node", "build/server/main.js"]

# PgBouncer from Debian's package, the one the scale-out test runs (compose service pgbouncer).
FROM debian:bookworm-slim AS pgbouncer
RUN apt-get update && apt-get install -y --no-install-recommends pgbouncer && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/log/pgbouncer /var/run/pgbouncer && chown postgres:postgres /var/log/pgbouncer /var/run/pgbouncer \
 && printf '"postgres" ""\n' > /etc/pgbouncer/userlist.txt
EXPOSE 6432
CMD ["pgbouncer", "-u", "postgres", "/etc/pgbouncer/pgbouncer.ini"]

# The default target is the app.
FROM runtime
