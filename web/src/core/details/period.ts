// A node's period as the explorer shows it: "2024–2027", "sinds 2015" / "since 2015", "tot 2025"; the verbatim
// words of the source go in a title beside it, so the reader can check the reading.
import type { Translate } from '../i18n/i18n';

interface PeriodValue {
  start?: number | null;
  end?: number | null;
  text: string;
}

/** The period in the interface language; the source's own words when it gives no year (never invented). */
export function periodLabel(period: PeriodValue, t: Translate): string {
  const { start, end } = period;
  if (start != null && end != null) return start === end ? String(start) : `${start}–${end}`;
  if (start != null) return t('period.since', { year: start });
  if (end != null) return t('period.until', { year: end });
  return period.text;
}
