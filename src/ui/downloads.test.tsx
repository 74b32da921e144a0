import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../state/store';
import { ChartDownloads } from './downloads';

/** An image that loads (or fails to) as soon as it is given a source, as a browser's would. */
function stubImage(outcome: 'load' | 'error') {
  vi.stubGlobal(
    'Image',
    class {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(_url: string) {
        queueMicrotask(() => (outcome === 'load' ? this.onload : this.onerror)?.());
      }
    },
  );
}

const picture = () => ({ svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 10, height: 10 });

describe('a chart’s PNG download that fails', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    act(() => useViewStore.getState().setLanguage('en'));
  });

  it('says why in Dutch in the Dutch interface', async () => {
    stubImage('error');
    act(() => useViewStore.getState().setLanguage('nl'));
    render(<ChartDownloads name="chart" chartTitle="Tijdlijn" draw={picture} />);
    await userEvent.click(screen.getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Downloaden mislukt: de grafiek kon niet als afbeelding worden getekend',
    );
  });

  it('names the canvas when the browser cannot draw on one', async () => {
    // jsdom, like a browser without canvas support, gives no 2D context.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    stubImage('load');
    render(<ChartDownloads name="chart" chartTitle="Timeline" draw={picture} />);
    await userEvent.click(screen.getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The download failed: this browser cannot draw on a canvas',
    );
  });
});
