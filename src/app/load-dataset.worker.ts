// Loads a reader's dataset off the page's thread: reads the files, decodes, parses and checks
// them (load-user-dataset.ts, unchanged), and posts where it has got to and what came out: the
// records in chunks, at the page's pace (load-job-records.ts), then the rest of the outcome. A
// thin wrapper: all the work is the pure loader's.
import { loadUserDataset, progressAt } from '../data/load-user-dataset';
import { toIncoming, type ChunkTaken, type LoadRequest, type LoadReply } from './load-messages';
import { ChunkSender, splitOutcome, workerProgress } from './load-job-records';

const scope = self as unknown as {
  postMessage: (message: LoadReply) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<LoadRequest | ChunkTaken>) => void,
  ) => void;
};

let sender: ChunkSender<LoadReply> | null = null;

scope.addEventListener('message', (event) => {
  if (event.data.type === 'ack') {
    sender?.ack();
    return;
  }
  const { files, exchangeRates } = event.data;
  scope.postMessage({ type: 'progress', progress: progressAt('reading') });
  Promise.all(files.map(toIncoming)).then(
    (incoming) => {
      const outcome = loadUserDataset(incoming, exchangeRates, (progress) =>
        scope.postMessage({ type: 'progress', progress: workerProgress(progress) }),
      );
      const { chunks, rest } = splitOutcome(outcome);
      sender = new ChunkSender<LoadReply>(chunks, { type: 'done', outcome: rest }, (message) =>
        scope.postMessage(message),
      );
      sender.pump();
    },
    (error: unknown) => scope.postMessage({ type: 'unreadable', detail: String(error) }),
  );
});
