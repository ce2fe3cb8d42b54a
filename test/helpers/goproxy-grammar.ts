/**
 * GOPROXY values and what go makes of them: the list of entries (url or word, and whether
 * the entry falls back on any error), the ignored tail, or go's error message. The unit
 * tests check the parser against this table; the real tests check the table against go.
 */
export interface GrammarCase {
	value: string;
	platform?: 'linux' | 'win32';
	entries?: Array<string | {url: string; pipe: boolean}>;
	ignored?: string[];
	error?: string;
	/** A first entry on a loopback port where nothing listens: real go's error shows the URL it used. */
	refusedUrl?: string;
}

export const GRAMMAR: GrammarCase[] = [
	{value: 'https://proxy.example,direct', entries: [{url: 'https://proxy.example', pipe: false}, 'direct']},
	{value: 'https://a.example|https://b.example,direct', entries: [{url: 'https://a.example', pipe: true}, {url: 'https://b.example', pipe: false}, 'direct']},
	{value: 'goproxy.cn,direct', entries: [{url: 'https://goproxy.cn', pipe: false}, 'direct']},
	{value: 'direct,https://ignored.example', entries: ['direct'], ignored: ['https://ignored.example']},
	{value: 'off', entries: ['off']},
	{value: 'off|https://ignored.example,direct', entries: ['off'], ignored: ['https://ignored.example', 'direct']},
	{value: ' https://a.example , , direct ', entries: [{url: 'https://a.example', pipe: false}, 'direct']},
	{value: '|direct', entries: ['direct']},
	{value: 'https://a.example|', entries: [{url: 'https://a.example', pipe: true}]},
	{value: 'HTTPS://A.example/path/', entries: [{url: 'HTTPS://A.example/path/', pipe: false}]},
	{value: 'file:///srv/goproxy', entries: [{url: 'file:///srv/goproxy', pipe: false}]},
	{value: 'localhost:8080/mirror', entries: [{url: 'https://localhost:8080/mirror', pipe: false}]},
	{value: ',', error: 'GOPROXY list is not the empty string, but contains no entries'},
	{value: ' ', error: 'GOPROXY list is not the empty string, but contains no entries'},
	{value: ',|,', error: 'GOPROXY list is not the empty string, but contains no entries'},
	{value: 'foo', error: 'invalid proxy URL missing scheme: foo'},
	{value: 'noproxy', error: 'invalid proxy URL missing scheme: noproxy'},
	{value: '*', error: 'invalid proxy URL missing scheme: *'},
	{value: 'ftp://mirror.example', error: 'invalid proxy URL scheme (must be https, http, file): ftp://mirror.example'},
	{value: 'FTP://user:secret@mirror.example', error: 'invalid proxy URL scheme (must be https, http, file): ftp://user:xxxxx@mirror.example'},
	{value: 'https://ok.example,socks5://127.0.0.1:1080', error: 'invalid proxy URL scheme (must be https, http, file): socks5://127.0.0.1:1080'},
	{value: 'file://host/share', error: 'invalid file:// proxy URL with non-path elements: file://host/share'},
	{value: 'http://a b', error: 'parse "http://a b": invalid character " " in host name'},
	{value: 'https://%zz', error: 'parse "https://%zz": invalid URL escape "%zz"'},
	{value: 'https://mirror.example:80a', error: 'parse "https://mirror.example:80a": invalid port ":80a" after host'},
	{value: 'C:\\mirror', platform: 'linux', error: 'parse "https://C:\\\\mirror": invalid port ":\\\\mirror" after host'},
	{value: 'C:\\mirror', platform: 'win32', error: 'invalid proxy URL scheme (must be https, http, file): c:\\mirror'},
	{value: '127.0.0.1:1', entries: [{url: 'https://127.0.0.1:1', pipe: false}], refusedUrl: 'https://127.0.0.1:1/golang.org/x/mod/@v/list'},
	{value: 'http://127.0.0.1:1/sub,direct', entries: [{url: 'http://127.0.0.1:1/sub', pipe: false}, 'direct'], refusedUrl: 'http://127.0.0.1:1/sub/golang.org/x/mod/@v/list'},
];
