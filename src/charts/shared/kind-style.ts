import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { Kind } from '../../data/schema';

/** How each kind is drawn: shape and colour together, so it reads without colour too. */
export interface KindStyle {
  label: string;
  shape: SymbolType;
  /** Degrees; the refusal is a cross turned into an ×. */
  rotate: number;
  /** Dark enough for 3:1 against white (WCAG 1.4.11). */
  color: string;
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  pledge: { label: 'Pledge', shape: symbolCircle, rotate: 0, color: '#1f5fa8' },
  approval: { label: 'Approval', shape: symbolSquare, rotate: 0, color: '#17795a' },
  delivery: { label: 'Delivery', shape: symbolTriangle, rotate: 0, color: '#b3470b' },
  deployment: { label: 'Deployment to allies', shape: symbolDiamond, rotate: 0, color: '#5a5f66' },
  intent: { label: 'Intent', shape: symbolWye, rotate: 0, color: '#7a4fa0' },
  request: { label: 'Request', shape: symbolCross, rotate: 0, color: '#a0417a' },
  refusal: { label: 'Refusal', shape: symbolCross, rotate: 45, color: '#b01e2e' },
  cumulative: { label: 'Running total', shape: symbolStar, rotate: 0, color: '#1d232b' },
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
