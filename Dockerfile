FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Debian's Chromium runs WhatsApp Web (WHATSAPP_ENABLED=true) and prints reports as PDF; most
# deployments need neither, and the image is far smaller without it.
# `docker build --build-arg WITH_CHROMIUM=true` installs it; npm never downloads one (.puppeteerrc.cjs).
ARG WITH_CHROMIUM=false
RUN if [ "$WITH_CHROMIUM" = "true" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends chromium fonts-liberation \
      && rm -rf /var/lib/apt/lists/*; \
    fi
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY migrations ./migrations
COPY tsconfig.json ./
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
EXPOSE 3000
# Alive when the process answers HTTP (the image has no curl). /readyz, which Compose checks, also
# waits for the database: an orchestrator that replaces unhealthy containers should not replace
# this one while PostgreSQL is away, since a new one would wait for it just the same.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main.ts"]
