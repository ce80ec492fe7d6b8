/** The part of proxy-addr (the module Express computes `req.ip` with) that the /graphql route uses. */
declare module 'proxy-addr' {
  import type http from 'node:http';
  type Trust = (address: string, hop: number) => boolean;
  function proxyAddr(req: http.IncomingMessage, trust: Trust): string;
  namespace proxyAddr {
    function compile(addresses: string[]): Trust;
  }
  export = proxyAddr;
}
