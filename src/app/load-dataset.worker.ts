// Loads a reader's dataset off the page's thread: reads the files, decodes, parses and checks
// them (load-user-dataset.ts, unchanged), and posts where it has got to and what came out (the
// records in chunks). A
// thin wrapper: all the work is the pure loader's.
import { loadUserDataset, progressAt } from '../data/load-user-dataset';
import { toIncoming, type LoadRequest, type LoadReply } from './load-messages';
import { splitOutcome, workerProgress } from './load-job-records';

const scope = self as unknown as {
  postMessage: (message: LoadReply) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<LoadRequest>) => void) => void;
};

scope.addEventListener('message', (event) => {
  const { files, exchangeRates } = event.data;
  scope.postMessage({ type: 'progress', progress: progressAt('reading') });
  Promise.all(files.map(toIncoming)).then(
    (incoming) => {
      const outcome = loadUserDataset(incoming, exchangeRates, (progress) =>
        scope.postMessage({ type: 'progress', progress: workerProgress(progress) }),
      );
      // The records go in chunks (load-job-records.ts), so the page is never held long by one.
      const { chunks, rest } = splitOutcome(outcome);
      for (const chunk of chunks) scope.postMessage(chunk);
      scope.postMessage({ type: 'done', outcome: rest });
    },
    (error: unknown) => scope.postMessage({ type: 'unreadable', detail: String(error) }),
  );
});
