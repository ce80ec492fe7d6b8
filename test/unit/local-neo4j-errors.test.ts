import { checkJava, checkMaven, LocalNeo4jError } from '../../src/local-neo4j';

describe('local Neo4j prerequisites', () => {
  it('says to install Java 17 or set NEO4J_URI when java is missing', () => {
    expect(() => checkJava('/nonexistent/java')).toThrow(LocalNeo4jError);
    expect(() => checkJava('/nonexistent/java')).toThrow(/Java 17\+ was not found.*NEO4J_URI/s);
  });

  it('says to install Maven or set NEO4J_URI when mvn is missing', () => {
    expect(() => checkMaven('/nonexistent/mvn')).toThrow(/Maven was not found.*NEO4J_URI/s);
  });
});
