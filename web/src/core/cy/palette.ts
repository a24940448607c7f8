// One colour and shape per node label; NGF projects are orange as in Figuur 5 ("oranjetinten").

export interface LabelStyle {
  color: string;
  shape: string;
}

export const LABEL_STYLES: Record<string, LabelStyle> = {
  Mission: { color: '#b5179e', shape: 'star' },
  Ministry: { color: '#37474f', shape: 'round-rectangle' },
  Topsector: { color: '#1565c0', shape: 'hexagon' },
  TKI: { color: '#42a5f5', shape: 'hexagon' },
  NWARoute: { color: '#00838f', shape: 'diamond' },
  CareAgreement: { color: '#6a1b9a', shape: 'round-tag' },
  Instrument: { color: '#8d6e63', shape: 'tag' },
  KeyTechnology: { color: '#2e7d32', shape: 'round-triangle' },
  Programme: { color: '#66bb6a', shape: 'triangle' },
  KeyMethodology: { color: '#9e9d24', shape: 'round-pentagon' },
  Activity: { color: '#a1887f', shape: 'vee' },
  PPP: { color: '#c62828', shape: 'ellipse' },
  NGFProject: { color: '#ef6c00', shape: 'ellipse' },
  Team: { color: '#5d4037', shape: 'rhomboid' },
  Organisation: { color: '#546e7a', shape: 'ellipse' },
  Region: { color: '#0277bd', shape: 'octagon' },
  SciencePark: { color: '#00695c', shape: 'octagon' },
  CoreElement: { color: '#f9a825', shape: 'round-rectangle' },
  Precondition: { color: '#ffb300', shape: 'round-rectangle' },
};

const FALLBACK: LabelStyle = { color: '#757575', shape: 'ellipse' };

export function labelStyle(label: string): LabelStyle {
  return LABEL_STYLES[label] ?? FALLBACK;
}

export const EDGE_COLORS: Record<string, string> = {
  ADDRESSES: '#b5179e',
  ACTS_VIA: '#37474f',
  PART_OF: '#2e7d32',
  PARTNER_IN: '#c62828',
  FUNDS: '#ef6c00',
  SUPPORTS: '#6a1b9a',
  INITIATED_BY: '#8d6e63',
  MEMBER_OF: '#5d4037',
  LOCATED_IN: '#0277bd',
  APPLIES_TO: '#f9a825',
};
