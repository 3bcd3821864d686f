import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Finds a package's folder as Node would from `fromDir`: the nearest node_modules/<name> up the tree. */
function findPackage(name: string, fromDir: string, root: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) return undefined;
  }
}

/**
 * Every package folder the named packages need at run time (dependencies, recursively; optional and peer
 * dependencies left out), as found in the project's own node_modules.
 */
export function dependencyClosure(names: string[], root: string): string[] {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    const dir = findPackage(name, fromDir, root);
    if (!dir || found.has(dir)) return;
    found.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
  };
  for (const name of names) visit(name, root);
  return [...found].sort();
}

/**
 * Bundling hooks that copy packages left out of the bundle (externalModules) from the project's node_modules
 * into the asset, keeping their folder layout. Unlike NodejsFunction's `nodeModules`, nothing is downloaded:
 * `npm run synth` stays offline and ships exactly the versions of package-lock.json.
 */
export function shipNodeModules(names: string[], root: string): ICommandHooks {
  const folders = dependencyClosure(names, root);
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir: string, outputDir: string) =>
      folders.map((folder) => {
        const target = join(outputDir, relative(root, folder));
        return `mkdir -p "${dirname(target)}" && cp -R "${folder}" "${target}"`;
      }),
  };
}
