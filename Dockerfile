# The API image for docker-compose.yml; Neo4j runs in its own container (NEO4J_URI).
# Node 22 is the current LTS; package.json engines and CI keep proving Node 20, the oldest supported.
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json schema.graphql ./
COPY cypher ./cypher
COPY public ./public
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["node", "--max-semi-space-size=4", "dist/src/index.js"]
