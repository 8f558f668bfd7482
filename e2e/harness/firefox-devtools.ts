/**
 * Firefox's own remote debugging protocol, the one about:debugging and web-ext speak, for what the
 * WebDriver BiDi session cannot do in Firefox ESR: reload the extension under an open tab, as an
 * update does (web-ext's `reload` sends the same request to the add-on's descriptor actor).
 * Packets are `<length>:<JSON>` both ways (https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html).
 * Needs `launchFirefox({ devtoolsServerPort })`.
 */
import net from 'node:net';

type Packet = { from: string; [key: string]: unknown };

/** A port nothing listens on now, for the debugging server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

class DevtoolsClient {
  private buffer = Buffer.alloc(0);
  private readonly waiting: { from: string; resolve: (packet: Packet) => void }[] = [];

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      const index = this.waiting.findIndex((w) => w.from === packet.from);
      if (index >= 0) this.waiting.splice(index, 1)[0]!.resolve(packet);
    }
  }

  /** The next packet from actor `from` (the root actor greets first, unasked). */
  next(from: string): Promise<Packet> {
    return new Promise((resolve) => this.waiting.push({ from, resolve }));
  }

  /** One request to an actor; the answer is the next packet from it (packets nobody waits for are dropped). */
  request(to: string, type: string): Promise<Packet> {
    const body = Buffer.from(JSON.stringify({ to, type }));
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return this.next(to);
  }

  close(): void {
    this.socket.destroy();
  }
}

async function connect(port: number): Promise<DevtoolsClient> {
  for (let attempt = 0; ; attempt++) {
    try {
      const socket = await new Promise<net.Socket>((resolve, reject) => {
        const s = net.connect(port, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
      const client = new DevtoolsClient(socket);
      await client.next('root');
      return client;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Reloads add-on `addonId` the way about:debugging's Reload button does. */
export async function reloadFirefoxExtension(port: number, addonId: string): Promise<void> {
  const client = await connect(port);
  try {
    const { addons } = (await client.request('root', 'listAddons')) as unknown as { addons: { id: string; actor: string }[] };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} is not installed`);
    const answer = await client.request(addon.actor, 'reload');
    if ('error' in answer) throw new Error(`reload refused: ${JSON.stringify(answer)}`);
  } finally {
    client.close();
  }
}
