import type { Messages } from '../i18n/messages';

/** The step at which a picture could not be made; the interface words it in the reader's language. */
export class PictureError extends Error {
  constructor(readonly step: keyof Messages['downloads']['pictureFailed']) {
    super(`the picture could not be made (${step})`);
    this.name = 'PictureError';
  }
}

/**
 * Draws an SVG document onto a canvas `scale` times its size and returns it as PNG. The SVG is
 * loaded as a data: URL, which the app's Content-Security-Policy allows for images (blob: is
 * not), and must be self-contained: an image drawn from SVG cannot fetch anything.
 */
export function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale: number,
  background = '#ffffff',
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new PictureError('canvas'));
        return;
      }
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new PictureError('encode'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new PictureError('draw'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
