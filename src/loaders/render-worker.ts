// Worker-thread body of src/loaders/render-pool.ts (bundled with render-here.ts): renders each batch it is sent and posts the
// results back. Entity data and the processor are built once per worker.
import { parentPort } from 'node:worker_threads';
import { renderHere, toWire, type WorkerRequest } from './render-here';

parentPort?.on('message', ({ root, internal, jobs }: WorkerRequest) => {
  parentPort!.postMessage(renderHere(root, internal, jobs).map(toWire));
});
