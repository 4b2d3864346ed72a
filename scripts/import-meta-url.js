// Injected into the CommonJS bundle: what import.meta means in the ES-module sources. The URL is
// made only when asked for (a lazy require and a path's URL cost start-up when made at load).
export const importMeta = {
  get url() { return require('node:url').pathToFileURL(__filename).href; },
  dirname: __dirname,
  filename: __filename,
};
