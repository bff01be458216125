// The worker that does an import's work (import-job.ts says why it is not the page).
import { importJobAnswerer, type JobMessage, type JobRequest } from './import-job';

const answer = importJobAnswerer((message: JobMessage) => self.postMessage(message));

self.onmessage = (event: MessageEvent<JobRequest>) => {
  void answer(event.data);
};
