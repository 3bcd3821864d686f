// Runs the three emulators in a process of their own (as the AWS services are remote), printing their
// endpoints as one JSON line; stops on SIGTERM. Used by the benchmarks to split the work over two cores.
import { startEmulators } from '../cli/local/emulators.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: emulators-child.ts STATE_DIR');
const emulators = await startEmulators(dir);
console.log(
  JSON.stringify({ s3: emulators.s3Endpoint, dynamo: emulators.dynamoEndpoint, ses: emulators.sesEndpoint }),
);
process.once('SIGTERM', () => void emulators.stop().then(() => process.exit(0)));
