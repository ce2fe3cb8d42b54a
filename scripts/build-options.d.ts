import type {BuildOptions} from 'esbuild';

/** The esbuild options of the published bundle (scripts/build-options.js). */
export function buildOptions(options?: {outdir?: string; metafile?: boolean}): BuildOptions;
