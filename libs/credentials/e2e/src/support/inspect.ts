import { jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { streamName } from '@chargemesh/contracts/envelope';
import { connectTestNats, TEST_DATABASE_URL } from '@chargemesh/platform-testing';

/** Every message of one of a namespace's streams, as raw text (to look for secrets that must not be there). */
export async function streamTexts(namespace: string, stream: string): Promise<string[]> {
  const nc = await connectTestNats();
  try {
    const jsm = await jetstreamManager(nc);
    const name = streamName(namespace, stream);
    const { state } = await jsm.streams.info(name);
    const texts: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(name, { seq }).catch(() => undefined);
      if (message) texts.push(new TextDecoder().decode(message.data));
    }
    return texts;
  } finally {
    await nc.close();
  }
}

/** Every row of a table in a service's own database, as JSON text. */
export async function tableTexts(namespace: string, service: string, table: string): Promise<string[]> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${namespace}_${service}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT row_to_json(t)::text AS text FROM ${table} t`);
    return rows.map((row: { text: string }) => row.text);
  } finally {
    await client.end();
  }
}
