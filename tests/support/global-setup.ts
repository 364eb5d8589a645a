/**
 * Vitest globalSetup for the 'browser' project: serve the built site once on a free port
 * and hand its address to every test file through `inject('baseURL')`.
 */
import type { TestProject } from 'vitest/node';
import { assertDistBuilt } from './dist.ts';
import { startStaticServer } from './static-server.ts';

export default async function setup(project: TestProject) {
  assertDistBuilt();
  const server = await startStaticServer();
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local static server over dist/, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}
