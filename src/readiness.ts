/** What the API waits for before it reports ready: a reachable database, the schema applied, the data loaded. */
export class Readiness {
  private reason = 'starting: connecting to Neo4j';
  private prepared = false;

  /** The database was prepared (schema applied, seed loaded). */
  markPrepared(): void {
    this.prepared = true;
    this.reason = '';
  }

  /** Why the API is not ready yet. */
  markNotReady(reason: string): void {
    this.prepared = false;
    this.reason = reason;
  }

  get isPrepared(): boolean {
    return this.prepared;
  }

  get why(): string {
    return this.reason;
  }
}
