// Imported before anything else: graphql-js reads NODE_ENV once, when it loads, and outside production it checks
// every `instanceof` for a second copy of itself. Every system in a run shares that module, and the Docker image
// runs in production, so the bench measures all of them there.
process.env.NODE_ENV = 'production';
