/**
 * A tiny HTTP proxy for Firefox, which has no --host-resolver-rules: every CONNECT (whatever the
 * hostname) is tunnelled to one local port, the HTTPS test server, so https://chatgpt.com/ reaches
 * startServer() with its real hostname (SNI and Host header) and path. Plain-HTTP requests are
 * refused: the tests only visit https:// URLs.
 */
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";

export interface ConnectProxy {
  port: number;
  /** Hostnames that were tunnelled, in order (to check a visit really went through the proxy). */
  hosts: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const hosts: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const server: Server = createServer((_req, res) => {
    res.writeHead(502, { "content-type": "text/plain" }).end("this test proxy only tunnels CONNECT\n");
  });
  server.on("connect", (req, client: Socket, head: Buffer) => {
    track(client);
    hosts.push((req.url ?? "").replace(/:\d+$/, ""));
    const upstream = connect(targetPort, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
