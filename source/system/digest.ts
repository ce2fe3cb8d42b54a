import {createHash} from 'node:crypto';
import type {FileDigest} from './types.js';

/** The digest `System.fileDigest` gives, for the real file system and the fake one alike. */
export function digestBytes(bytes: Uint8Array): FileDigest {
	return {sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length};
}
