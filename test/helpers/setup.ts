// Ink renders differently under CI=true (only the last frame, at unmount), and it reads
// the variable once, at import. CI sets it; the UI tests need the interactive behaviour.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
// Frames are compared as plain text.
delete process.env.FORCE_COLOR;
process.env.NO_COLOR = '1';
