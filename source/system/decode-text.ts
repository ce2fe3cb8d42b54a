/**
 * Text a person hands us, whatever wrote it: UTF-8 (a UTF-8 byte-order mark is dropped), or
 * UTF-16 in either byte order when it starts with a byte-order mark, which is what
 * PowerShell 5's `>` and Out-File write.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
