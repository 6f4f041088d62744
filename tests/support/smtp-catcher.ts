import { createServer, type AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpCatcher = {
  port: number;
  messages: ParsedMail[];
  /** The next message to `address` that arrives after the `already` messages seen so far. */
  nextTo: (address: string, already: number) => Promise<ParsedMail>;
  stop: () => Promise<void>;
};

/** A real SMTP server on loopback that keeps every message it receives, for tests to read. */
export async function startSmtpCatcher(port = 0): Promise<SmtpCatcher> {
  const messages: ParsedMail[] = [];
  const waiting: { matches: (message: ParsedMail) => boolean; resolve: (message: ParsedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (message) => {
          messages.push(message);
          for (const waiter of waiting.filter((item) => item.matches(message))) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(message);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const listeningPort = (server.server.address() as AddressInfo).port;
  /** Resolves with the first message, already received or still to come, that matches. */
  const waitFor = (matches: (message: ParsedMail) => boolean, timeoutMs = 10_000) => {
    const already = messages.find(matches);
    if (already) return Promise.resolve(already);
    return new Promise<ParsedMail>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No matching mail within ${timeoutMs} ms; got ${messages.length}`)),
        timeoutMs,
      );
      waiting.push({ matches, resolve: (message) => (clearTimeout(timer), resolve(message)) });
    });
  };
  return {
    port: listeningPort,
    messages,
    nextTo: (address, already) =>
      waitFor((message) => messages.indexOf(message) >= already && recipients(message).includes(address.toLowerCase())),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The environment that points the portal's mail module at a catcher (or at a port nobody answers yet). */
export function smtpEnv(catcherOrPort: SmtpCatcher | number): Record<string, string> {
  const port = typeof catcherOrPort === "number" ? catcherOrPort : catcherOrPort.port;
  return { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURE: "false" };
}

/** A loopback port that was free a moment ago, for a mail server that is down at first. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function recipients(message: ParsedMail): string {
  return [message.to ?? []]
    .flat()
    .map((address) => address.text.toLowerCase())
    .join(", ");
}
