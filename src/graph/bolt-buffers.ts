import path from 'node:path';

/**
 * Three changes to how neo4j-driver (6.3) moves and decodes Bolt messages. The first two were measured on a
 * depth-2 neighbourhood (251 nodes, 775 relationships: a 4 kB statement out, one record of about 300 kB back),
 * 300 requests in a row:
 *
 * - **One buffer per incoming message.** The driver keeps a message that arrived in several chunks as a list
 *   of slices and decodes every string in it with a new StringDecoder that walks the whole list
 *   (`decodeCombinedBuffer`), so a record's cost grows with its strings times its slices. Joining the slices
 *   once, when the message is complete, is one copy; every string then takes the driver's fast path
 *   (`Buffer#toString` on one buffer). CPU per request: 12.4-14.4 -> 8.9-9.9 ms (both changes together).
 * - **Outgoing chunks of 16 KiB, not 1,400 bytes.** The driver flushes its write buffer to the socket each
 *   time 1,400 bytes are filled, and with TCP_NODELAY each flush is a packet and a system call: a 4 kB
 *   statement took four. Bolt allows chunks up to 64 KiB.
 * - **Maps decoded by assignment.** The driver sets every key of every decoded map with `Object.defineProperty`,
 *   so that a key named `__proto__` becomes an own property instead of replacing the prototype; that call is
 *   several times the cost of an assignment, and a projected answer is maps all the way down. Keys are now
 *   assigned, and only `__proto__` still goes through `defineProperty`: the objects are the same. The 1M graph's
 *   four-level nested query (2,147 nodes in 161 kB), 100 statements in a row through the driver alone: 11.4-12.5
 *   -> 8.4-10.4 ms of CPU each (four runs).
 *
 * Results are the same bytes either way. The driver's internals are reached through its own dependency, so
 * the classes changed are the ones it uses; if a later driver moves them, nothing is changed and
 * `tuneBoltBuffers` says so (a test fails on it).
 */
export const OUTGOING_BUFFER_BYTES = 16 * 1024;

interface Slice {
  _buffer: Buffer;
  position: number;
  length: number;
}
interface DechunkerClass {
  prototype: { _onHeader(this: { _currentMessage: Slice[] }, header: number): unknown };
}
type ChunkerClass = new (channel: unknown, bufferSize?: number) => object;

interface UnpackerClass {
  prototype: {
    unpack(buffer: unknown, hydrateStructure: unknown): unknown;
    _unpackMapWithSize(size: number, buffer: unknown, hydrateStructure: unknown): Record<string, unknown>;
  };
}

interface Internals {
  chunking: { Chunker: ChunkerClass; Dechunker: DechunkerClass };
  ChannelBuffer: new (buffer: Buffer) => Slice;
  Unpacker: UnpackerClass;
}

const TUNED = Symbol.for('r2p-graph.bolt-buffers');

function internals(): Internals | null {
  try {
    const driverDir = path.dirname(require.resolve('neo4j-driver/package.json'));
    const from = (request: string) => require(require.resolve(request, { paths: [driverDir] }));
    const chunking = from('neo4j-driver-bolt-connection/lib/channel/chunking.js');
    const ChannelBuffer = from('neo4j-driver-bolt-connection/lib/channel/channel-buf.js').default;
    if (typeof chunking?.Chunker !== 'function' || typeof chunking?.Dechunker?.prototype?._onHeader !== 'function') return null;
    if (typeof ChannelBuffer !== 'function') return null;
    const { Unpacker } = from('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
    if (typeof Unpacker?.prototype?._unpackMapWithSize !== 'function' || typeof Unpacker.prototype.unpack !== 'function') return null;
    return { chunking, ChannelBuffer, Unpacker };
  } catch {
    return null;
  }
}

/** Applies the three changes once per process (before the driver opens a connection); false when it could not. */
export function tuneBoltBuffers(): boolean {
  const found = internals();
  if (!found) return false;
  const { chunking, ChannelBuffer, Unpacker } = found;
  const state = chunking as unknown as { [TUNED]?: true };
  if (state[TUNED]) return true;

  const proto = chunking.Dechunker.prototype;
  const onHeader = proto._onHeader;
  proto._onHeader = function (header: number) {
    // A zero header ends a message; with more than one slice the driver would build its list buffer from them.
    const slices = this._currentMessage;
    if (header === 0 && slices.length > 1) {
      const buffers = new Array<Buffer>(slices.length);
      for (let i = 0; i < slices.length; i += 1) buffers[i] = slices[i]._buffer.subarray(slices[i].position, slices[i].length);
      this._currentMessage = [new ChannelBuffer(Buffer.concat(buffers))];
    }
    return onHeader.call(this, header);
  };

  // Connections take the class from this module's exports when they open, so a subclass put there is used.
  const Chunker = chunking.Chunker;
  chunking.Chunker = class extends Chunker {
    constructor(channel: unknown, bufferSize?: number) {
      super(channel, bufferSize ?? OUTGOING_BUFFER_BYTES);
    }
  };

  // Every Bolt version's unpacker derives from this one and none overrides it.
  Unpacker.prototype._unpackMapWithSize = function (size, buffer, hydrateStructure) {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < size; i += 1) {
      const key = this.unpack(buffer, hydrateStructure) as string;
      const unpacked = this.unpack(buffer, hydrateStructure);
      if (key === '__proto__') Object.defineProperty(value, key, { value: unpacked, writable: true, enumerable: true, configurable: true });
      else value[key] = unpacked;
    }
    return value;
  };
  state[TUNED] = true;
  return true;
}
