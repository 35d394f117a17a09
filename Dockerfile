# syntax=docker/dockerfile:1
# One image per service from one build:
#   docker build --build-arg APP=hub-router -t chargemesh/hub-router .
# APP is one of station-gateway, hub-router, credentials, directory, tariff-cdr, oicp-peer,
# or chargemesh (the default: all six services in one process).
# Pin NODE_IMAGE by digest in CI (node:22-bookworm-slim@sha256:...) for reproducible builds.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: full install (SWC is a dev dependency) and compile the workspace into dist/
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY tools ./tools
COPY libs ./libs
COPY apps ./apps
RUN npm run build

# ---- prod-deps: production dependencies only, so the runtime image carries no compiler or test tools
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ARG APP=chargemesh
ENV NODE_ENV=production \
    CHARGEMESH_APP=${APP}
WORKDIR /app
# Files stay owned by root: the service user can read its code but not change it.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Fail the build, not the pod, when APP names no app.
RUN test -f "dist/apps/${APP}/src/main.js" || { echo "unknown APP=${APP}: no dist/apps/${APP}/src/main.js" >&2; exit 1; }
# hub-router, station-gateway, credentials, directory, tariff-cdr, oicp-peer (the all-in-one serves them all).
EXPOSE 8080 8081 8082 8083 8084 8085
# UID 1000 is the image's `node` user; numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
# No HEALTHCHECK: the port depends on APP and on *_HTTP_PORT, Kubernetes ignores image health checks
# (it uses the probes in deploy/), and docker-compose.yml declares its own per service.
# `exec` makes node PID 1, so SIGTERM reaches the service's graceful shutdown directly.
CMD ["/bin/sh", "-c", "exec node \"dist/apps/${CHARGEMESH_APP}/src/main.js\""]
