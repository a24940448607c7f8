// Map-like zoom steps: a mouse notch, a trackpad pinch, Firefox line mode, and the button/key step within limits.
import { describe, expect, it } from 'vitest';
import { steppedZoom, wheelZoomFactor, ZOOM_STEP } from './zoom';

describe('wheelZoomFactor', () => {
  it('six mouse notches (100 px each) zoom in about eightfold, like a map; scrolling down zooms out as much', () => {
    const six = wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false }) ** 6;
    expect(six).toBeGreaterThan(4);
    expect(six).toBeLessThan(10);
    expect(
      wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false }) *
        wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false }),
    ).toBeCloseTo(1);
  });

  it('Firefox line-mode notches zoom like pixel-mode ones, and a flung wheel is bounded', () => {
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeGreaterThan(1.4);
    expect(wheelZoomFactor({ deltaY: -5000, deltaMode: 0, ctrlKey: false })).toBe(4);
  });

  it('a pinch (ctrl + small deltas) follows the fingers more closely than a scroll', () => {
    expect(wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeGreaterThan(
      wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: false }),
    );
  });
});

describe('steppedZoom', () => {
  it('steps by one notch and stays within the limits', () => {
    expect(steppedZoom(1, 'in', 0.02, 4)).toBeCloseTo(ZOOM_STEP);
    expect(steppedZoom(1, 'out', 0.02, 4)).toBeCloseTo(1 / ZOOM_STEP);
    expect(steppedZoom(3.9, 'in', 0.02, 4)).toBe(4);
    expect(steppedZoom(0.021, 'out', 0.02, 4)).toBe(0.02);
  });
});
