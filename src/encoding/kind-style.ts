import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  symbol,
  type SymbolType,
} from 'd3-shape';
import type { Kind } from '../data/schema';

/** How each kind is drawn: shape and colour together, so it reads without colour too. Names are in src/i18n. */
export interface KindStyle {
  shape: SymbolType;
  /** Degrees; the refusal is a cross turned into an ×. */
  rotate: number;
  /** Dark enough for 3:1 against white (WCAG 1.4.11); exported pictures use it as is. */
  color: string;
  /** On screen: the theme's colour for the kind (a CSS variable, lighter in dark mode). */
  paint: string;
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  pledge: { shape: symbolCircle, rotate: 0, color: '#1f5fa8', paint: 'var(--kind-pledge)' },
  approval: { shape: symbolSquare, rotate: 0, color: '#17795a', paint: 'var(--kind-approval)' },
  delivery: { shape: symbolTriangle, rotate: 0, color: '#b3470b', paint: 'var(--kind-delivery)' },
  deployment: {
    shape: symbolDiamond,
    rotate: 0,
    color: '#5a5f66',
    paint: 'var(--kind-deployment)',
  },
  intent: { shape: symbolWye, rotate: 0, color: '#7a4fa0', paint: 'var(--kind-intent)' },
  request: { shape: symbolCross, rotate: 0, color: '#a0417a', paint: 'var(--kind-request)' },
  refusal: { shape: symbolCross, rotate: 45, color: '#b01e2e', paint: 'var(--kind-refusal)' },
  cumulative: { shape: symbolStar, rotate: 0, color: '#1d232b', paint: 'var(--kind-cumulative)' },
};

/** Kinds in the order legends list them. */
export const KIND_ORDER: Kind[] = [
  'pledge',
  'approval',
  'delivery',
  'cumulative',
  'intent',
  'request',
  'refusal',
  'deployment',
];

/** Symbol path for a mark, centred on 0,0, of the given area in square pixels. */
export function markPath(shape: SymbolType, area: number): string {
  return symbol(shape, area)() ?? '';
}
