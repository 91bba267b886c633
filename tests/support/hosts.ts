/**
 * The hosts the built site is tested on — `npm start`'s server, and real nginx and Caddy running
 * the configurations generated at build — and a raw HTTP client for them.
 */
import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startCaddy } from '../../scripts/lib/caddy.ts';
import { startNginx } from '../../scripts/lib/nginx.ts';
import { startServer } from '../../scripts/serve.ts';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** raw(): every byte received, status line and headers included. */
  size?: number;
}

/** One request with the path sent exactly as written (fetch would tidy `..` and `%2e`). */
export function get(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A request written byte for byte (a malformed line, a header over any limit), on a connection
 * of its own. The answer is read until its Content-Length is in, or the server closes.
 */
export function raw(origin: string, text: string): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let all = Buffer.alloc(0);
    const parse = (): Reply | undefined => {
      const end = all.indexOf('\r\n\r\n');
      if (end === -1) return undefined;
      const [line = '', ...fields] = all.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Reply['headers'] = {};
      for (const field of fields) {
        const at = field.indexOf(':');
        headers[field.slice(0, at).trim().toLowerCase()] = field.slice(at + 1).trim();
      }
      const body = all.subarray(end + 4);
      return { status: Number(line.split(' ')[1] ?? 0), headers, body, size: all.length };
    };
    socket.on('data', (c: Buffer) => {
      all = Buffer.concat([all, c]);
      const reply = parse();
      // nginx keeps a refused body's connection open a while to read it: the answer is in.
      if (reply && reply.body.length >= Number(reply.headers['content-length'] ?? Infinity)) {
        socket.destroy();
        resolve(reply);
      }
    });
    // A server may answer and close before a long request is all written: the answer counts.
    socket.on('error', (error) => all.length === 0 && reject(error));
    socket.on('close', () => {
      const reply = parse();
      if (reply) resolve(reply);
      else reject(new Error(`no answer to ${JSON.stringify(text.slice(0, 80))}`));
    });
    socket.write(text);
  });
}

/** The body as the browser reads it, after its Content-Encoding. */
export const decoded = (r: Reply): Buffer =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

export interface Host {
  name: string;
  /** Starts it on the site built in `dist`; `origin` is `http://127.0.0.1:<port>`. */
  start: (dist: string) => Promise<{ origin: string; stop: () => unknown }>;
}

export const SERVER: Host = {
  name: "npm start's server",
  start: async (dist) => {
    const server = await startServer(dist, 0);
    return {
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      stop: () => server.close(),
    };
  },
};

export const CADDY: Host = {
  name: 'Caddy with the generated Caddyfile',
  start: async (dist) => {
    const caddy = await startCaddy(dist);
    return { origin: new URL(caddy.url).origin, stop: caddy.stop };
  },
};

export const NGINX: Host = {
  name: 'nginx with the generated server block',
  start: async (dist) => {
    const nginx = await startNginx(dist);
    return { origin: new URL(nginx.url).origin, stop: nginx.stop };
  },
};
