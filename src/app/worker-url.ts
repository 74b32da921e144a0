import workerUrl from './load-dataset.worker.ts?worker&url';

// Part of the first view, though the loader is fetched on first use: the page's one Trusted Types
// policy is created as the page starts, so no script that runs later can take its name.

interface TrustedTypesFactory {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => { createScriptURL: (url: string) => unknown };
}

/**
 * The page runs under Trusted Types (see vite.config.ts), which covers the Worker constructor:
 * this one policy lets through the loading worker's own script and nothing else.
 */
export const workerScriptUrl = (() => {
  const absolute = new URL(workerUrl, document.baseURI).href;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return absolute;
  const policy = factory.createPolicy('dataset-worker', {
    createScriptURL: (url) => {
      if (url !== absolute) throw new TypeError(`not the dataset worker: ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(absolute) as string;
})();
