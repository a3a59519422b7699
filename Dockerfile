FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# WhatsApp Web runs in Debian's Chromium; npm never downloads a browser (.puppeteerrc.cjs).
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-liberation \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY migrations ./migrations
COPY tsconfig.json ./
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
EXPOSE 3000
CMD ["node", "--import", "tsx", "src/main.ts"]
