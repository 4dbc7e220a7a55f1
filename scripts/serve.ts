import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeployAddressError, parseDeployAddress } from '../src/config/deploy-address.ts';
import { builtBase, startStaticServer } from './lib/static-server.ts';

/** `npm run serve`: the built site on http://127.0.0.1:4321 (or --port), under the base it was built for. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string' },
  },
});
const dir = resolve(values.dir);
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(
    `${values.dir}/index.html: expected a built site, received nothing; run "npm run build" first`,
  );
  process.exit(1);
}
let base: string;
try {
  base =
    values.base === undefined ? builtBase(dir) : parseDeployAddress({ base: values.base }).base;
} catch (error) {
  if (!(error instanceof DeployAddressError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const server = await startStaticServer(dir, { port: Number(values.port), base });
console.log(`Serving ${values.dir}/ at ${server.url}/  (Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
