// Ink 6.8 imports react-devtools-core behind a runtime check that bundlers cannot drop.
// The bundle never connects to devtools; this stands in for the package.
export default {initialize() {}, connectToDevTools() {}};
export function initialize() {}
export function connectToDevTools() {}
