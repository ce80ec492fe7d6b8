import { emitSchema, SCHEMA_FILE, SEED_README } from '../schema/build';

emitSchema();
console.log(`wrote ${SCHEMA_FILE} and the model tables of ${SEED_README}`);
