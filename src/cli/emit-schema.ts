import { emitSchema, SCHEMA_FILE } from '../schema/build';

emitSchema();
console.log(`wrote ${SCHEMA_FILE}`);
