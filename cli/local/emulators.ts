import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { guardKeyLengths } from './s3-guard.js';
import { repairS3Store } from './s3-repair.js';
import { keepSesMail } from './ses-mail-store.js';

/** The three AWS emulators, in this process, on 127.0.0.1, with their state under one folder. */
export interface Emulators {
  s3: S3rver;
  s3Endpoint: string;
  dynamoEndpoint: string;
  sesEndpoint: string;
  stop(): Promise<void>;
}

export interface EmulatorPorts {
  s3?: number;
  dynamo?: number;
  ses?: number;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

export async function startEmulators(stateDir: string, ports: EmulatorPorts = {}): Promise<Emulators> {
  mkdirSync(join(stateDir, 's3'), { recursive: true });
  for (const line of repairS3Store(join(stateDir, 's3'))) console.warn(`Local S3 repaired: ${line}`);
  mkdirSync(join(stateDir, 'dynamodb'), { recursive: true });
  // Bound to 127.0.0.1: an IPv6 source address in s3rver's events would fail the Powertools S3
  // schema, which expects an IPv4 sourceIPAddress as S3 sends.
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: ports.s3 ?? 0,
    silent: true,
    directory: join(stateDir, 's3'),
  });
  guardKeyLengths(s3);
  const s3Address = await s3.run();
  const dynamo = dynalite({
    path: join(stateDir, 'dynamodb'),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const dynamoPort = await listen(dynamo, ports.dynamo ?? 0);
  const sesModule = (await import('aws-ses-v2-local')) as unknown as {
    default:
      | ((config: { host: string; port: number }) => Promise<Server>)
      | { default: (c: unknown) => Promise<Server> };
  };
  const startSes = (
    typeof sesModule.default === 'function' ? sesModule.default : sesModule.default.default
  ) as (c: { host: string; port: number }) => Promise<Server>;
  const ses = await startSes({ host: '127.0.0.1', port: ports.ses ?? 0 });
  keepSesMail(stateDir);
  const sesPort = (ses.address() as AddressInfo).port;
  return {
    s3,
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    sesEndpoint: `http://127.0.0.1:${sesPort}`,
    async stop() {
      await Promise.all([s3.close(), close(dynamo), close(ses)]);
    },
  };
}
