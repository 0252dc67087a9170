// Which paths are the Open Event API's: what the mock answers, for the page's MSW start
// (mocks/browser.ts) and the worker script's scope (mocks/service-worker-source.ts) alike.
export const API_PATH = /^\/(v1|auth)(\/|$)/;
