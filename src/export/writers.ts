// Every writer a download needs, in one chunk of its own: the page fetches it (from its own
// origin) on the first click on a download, so the first view does without it.
export { downloadBlob, downloadText } from './download';
export { PictureError, svgToPngBlob } from './rasterize';
export { exportFileName, recordsToCsv, recordsToJson } from './records-export';
export { itemsToCsv } from './items-export';
