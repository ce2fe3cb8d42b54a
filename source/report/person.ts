import type {System} from '../system/types.js';

/** The user's home folder as os.homedir() finds it (USERPROFILE or HOME first), read through the System. */
export function homeOf(sys: System): string {
	return (sys.platform === 'win32' ? sys.getenv('USERPROFILE') : sys.getenv('HOME')) || sys.homedir();
}

/** Whose machine this is, for masking: the home folder and the user name. */
export function personOf(sys: System): {home: string; user: string} {
	const home = homeOf(sys);
	return {home, user: sys.getenv('USERNAME') || sys.getenv('USER') || sys.path.basename(home)};
}
